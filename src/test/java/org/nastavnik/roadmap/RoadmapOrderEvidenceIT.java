package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An order of the owner school's registry as evidence of a due date; another school's order is refused. */
@IntegrationTest
class RoadmapOrderEvidenceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrderOfTheOwnRegistryIsEvidenceAndAnotherSchoolsIsRefused() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Order evidence roadmap");
        long due = jdbc.sql("select id from roadmap_due where roadmap_id = ? and position = 2")
                .param(id)
                .query(Long.class)
                .single();
        long school5 = jdbc.sql("select owner_unit_id from roadmap where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        long own = register(DemoAccounts.CURATOR, school5, "Об организации наставничества");
        long school12 = jdbc.sql("select organization_id from employment e join account a on a.person_id = e.person_id"
                        + " where a.username = ? and e.ended_on is null limit 1")
                .param(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                .query(Long.class)
                .single();
        long foreign = register(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL, school12, "О наставничестве в школе 12");

        Api.Response attached = Api.as(port, DemoAccounts.CURATOR)
                .post("/api/v1/roadmap-due-dates/" + due + "/evidence", Map.of("orderId", own));
        Api.Response refused = Api.as(port, DemoAccounts.CURATOR)
                .post("/api/v1/roadmap-due-dates/" + due + "/evidence", Map.of("orderId", foreign));
        String page = curator.get("/roadmaps/dates/" + due).body();

        assertThat(attached.status()).as(attached.text()).isEqualTo(201);
        assertThat(attached.json().path("evidence").get(0).path("orderLabel").asString())
                .contains("Об организации наставничества");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldMessage("orderId")).isNotBlank();
        assertThat(page).contains("evidence-order", "id=\"orderId\"");
        assertThat(jdbc.sql("select count(*) from roadmap_evidence where due_id = ?")
                        .param(due)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private long register(String email, long unit, String title) {
        String number = System.nanoTime() % 100_000 + "-од";
        WebSession.apiUpload(
                port,
                "/api/v1/orders",
                email,
                Map.of(
                        "unitId",
                        String.valueOf(unit),
                        "type",
                        "ROADMAP_APPROVAL",
                        "number",
                        number,
                        "date",
                        LocalDate.now().toString(),
                        "title",
                        title),
                "order.pdf",
                CascadeIT.PDF);
        return jdbc.sql("select id from document_order where unit_id = ? and number = ?")
                .params(unit, number)
                .query(Long.class)
                .single();
    }
}
