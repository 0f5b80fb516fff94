package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessService;
import org.nastavnik.support.Administrators;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReferenceListsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccessService access;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void administratorAddsRenamesAndArchivesASubjectThatStaysReadableWhereItIsUsed() {
        WebSession admin = Administrators.signedIn(port, access, people);
        String name = Fixtures.uniqueLastName("Astronomiya");
        admin.get("/people/lists/subjects");
        assertThat(admin.post("/people/lists/subjects", Map.of("name", "  " + name + " "))
                        .statusCode())
                .isEqualTo(302);
        long id = jdbc.sql("select id from subject where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        assertThat(offered(id)).isTrue();
        Map<String, Object> teacher = Fixtures.youngTeacher(
                Fixtures.ownOrganization(port, DemoAccounts.CURATOR), Fixtures.uniqueLastName("Astronom"));
        teacher.put("subjectIds", java.util.List.of(id));
        long person = Api.as(port, DemoAccounts.CURATOR)
                .post("/api/v1/people", teacher)
                .json()
                .path("id")
                .asLong();

        HttpResponse<String> twice =
                admin.post("/people/lists/subjects", Map.of("name", name.toUpperCase(Locale.ROOT)));
        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(twice.body()).contains("is-invalid", text("catalog.name.taken"));
        assertThat(admin.post("/people/lists/subjects", Map.of("name", " ")).body())
                .contains("is-invalid");

        assertThat(admin.post("/people/lists/subjects/" + id, Map.of("name", name + " 2"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.post("/people/lists/subjects/" + id + "/archive", Map.of("archived", "true"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(offered(id)).as("archived: not offered in new forms").isFalse();
        Api.Response read = Api.as(port, DemoAccounts.CURATOR).get("/api/v1/lists/subjects");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text()).contains(name + " 2");
        assertThat(admin.get("/people/lists/subjects").body()).contains(name + " 2", text("catalog.archived"));
        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR)
                        .get("/people/" + person)
                        .body())
                .as("the person who teaches it keeps its name on the card")
                .contains(name + " 2");
    }

    @Test
    void onlyAdministratorsChangeTheListsAndAPositionKeepsWhetherItIsPedagogical() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        curator.get("/people/lists/positions");
        assertThat(curator.post("/people/lists/positions", Map.of("name", "Intruder"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(curator.get("/people/lists/positions").body()).doesNotContain("id=\"list-add\"");
        assertThat(Api.as(port, DemoAccounts.CURATOR)
                        .post("/api/v1/lists/positions", Map.of("name", "Intruder"))
                        .status())
                .isEqualTo(403);

        WebSession admin = Administrators.signedIn(port, access, people);
        String name = Fixtures.uniqueLastName("Laborant");
        admin.get("/people/lists/positions");
        admin.post("/people/lists/positions", Map.of("name", name));
        long id = jdbc.sql("select id from position where name = ?")
                .param(name)
                .query(Long.class)
                .single();
        assertThat(pedagogical(id)).as("the box was not ticked").isFalse();
        admin.post("/people/lists/positions/" + id, Map.of("name", name + "a", "pedagogical", "false"));
        assertThat(pedagogical(id)).isFalse();
    }

    private boolean offered(long subjectId) {
        boolean[] found = new boolean[1];
        AccessService.asSystem(() -> found[0] = people.subjects().stream().anyMatch(s -> s.id() == subjectId));
        return found[0];
    }

    private boolean pedagogical(long positionId) {
        return jdbc.sql("select pedagogical from position where id = ?")
                .param(positionId)
                .query(Boolean.class)
                .single();
    }

    private String text(String code) {
        return StaffImports.html(messages.getMessage(code, null, Locale.forLanguageTag("ru")));
    }
}
