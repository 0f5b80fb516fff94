package org.nastavnik.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditPageIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void headSeesTheChangesOfTheirSchoolAsBeforeAndAfter() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        String lastName = Fixtures.uniqueLastName("Audited");
        Api head = Api.as(port, DemoAccounts.HEAD);
        JsonNode person = head.post("/api/v1/people", Fixtures.youngTeacher(school, lastName))
                .json();
        long id = person.path("id").asLong();
        Map<String, Object> change = new LinkedHashMap<>(Fixtures.youngTeacher(school, lastName));
        change.put("phone", "+7 900 123-45-67");
        change.put("version", person.path("version").asLong());
        assertThat(head.put("/api/v1/people/" + id, change).status()).isEqualTo(200);

        String page = WebSession.signIn(port, DemoAccounts.HEAD)
                .get("/audit?entity=person&id=" + id + "&action=update")
                .body();

        assertThat(page).contains("href=\"/people/" + id + "\"");
        assertThat(page).contains("+7 900 123-45-67");
        assertThat(page).as("only changed keys are listed").doesNotContain("15.03.2001");
    }

    @Test
    void changesShowNamesOfOrganizationsPositionsAndSubjectsNotTheirIds() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        String lastName = Fixtures.uniqueLastName("Named");
        Api.as(port, DemoAccounts.HEAD).post("/api/v1/people", Fixtures.youngTeacher(school, lastName));
        String schoolName = jdbc.sql("select short_name from unit where id = ?")
                .param(school)
                .query(String.class)
                .single();
        Map<String, Object> employment = jdbc.sql("select e.id, pos.name from employment e join person p on p.id ="
                        + " e.person_id join position pos on pos.id = e.position_id where p.last_name = ?")
                .param(lastName)
                .query()
                .singleRow();

        String page = WebSession.signIn(port, DemoAccounts.HEAD)
                .get("/audit?entity=employment&action=create&id=" + employment.get("id"))
                .body();

        assertThat(page).contains(schoolName.replace("\"", "&quot;"), (String) employment.get("name"));
        assertThat(page).doesNotContain("<ins class=\"text-success text-decoration-none\">" + school + "</ins>");
    }

    @Test
    void headDoesNotSeeRecordsOfAnotherSchool() {
        long otherSchool = Fixtures.ownOrganization(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        long elsewhere = Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                .post("/api/v1/people", Fixtures.youngTeacher(otherSchool, Fixtures.uniqueLastName("Elsewhere")))
                .json()
                .path("id")
                .asLong();
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);

        assertThat(head.get("/audit?entity=person&id=" + elsewhere).body())
                .doesNotContain("href=\"/people/" + elsewhere + "\"");
        assertThat(coordinator.get("/audit?entity=person&id=" + elsewhere).body())
                .contains("href=\"/people/" + elsewhere + "\"");
    }

    @Test
    void curatorHasNoAuditPage() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);

        assertThat(curator.get("/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void theAuditListIsPaginatedAndKeepsItsFilters() {
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);

        String page = coordinator.get("/audit?entity=person").body();

        assertThat(page).contains("href=\"/audit?entity=person&amp;page=1\"");
        assertThat(coordinator.get("/audit?entity=person&page=1").statusCode()).isEqualTo(200);
    }
}
