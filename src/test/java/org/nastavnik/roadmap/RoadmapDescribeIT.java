package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** A roadmap's goal, from the import to its page and files, and its title and goal changed later. */
@IntegrationTest
class RoadmapDescribeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theGoalIsSavedShownAndChangedWithTheTitleAndTheChangeIsAudited() {
        Api curator = Api.as(port, DemoAccounts.CURATOR);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ownerUnitId", Fixtures.ownOrganization(port, DemoAccounts.CURATOR));
        body.put("title", "План наставничества");
        body.put("goal", "  закрепить наставника за каждым молодым педагогом  ");
        body.put("periodFrom", "2026-09-01");
        body.put("periodTo", "2027-05-31");
        body.put("table", "№\tМероприятие\tСрок\n1\tВстреча наставников\tдо 20.09.2026");
        Api.Response created = curator.post("/api/v1/roadmaps", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("goal").asString())
                .isEqualTo("закрепить наставника за каждым молодым педагогом");

        WebSession page = WebSession.signIn(port, DemoAccounts.CURATOR);
        assertThat(page.get("/roadmaps/" + id).body())
                .contains("id=\"roadmap-goal\"", "закрепить наставника за каждым молодым педагогом")
                .contains("id=\"roadmap-describe\"");

        HttpResponse<String> empty =
                page.post("/roadmaps/" + id + "/describe", Map.of("title", " ", "goal", "другая цель", "version", "0"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("is-invalid", "другая цель");
        HttpResponse<String> saved = page.post(
                "/roadmaps/" + id + "/describe",
                Map.of("title", "План наставничества школы", "goal", "другая цель", "version", "0"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(page.get("/roadmaps/" + id).body()).contains("План наставничества школы", "другая цель");

        Map<String, Object> stale = new LinkedHashMap<>();
        stale.put("title", "Старое название");
        stale.put("goal", null);
        stale.put("version", 0);
        assertThat(curator.put("/api/v1/roadmaps/" + id, stale).status())
                .as("the page changed it meanwhile")
                .isEqualTo(409);
        stale.put("version", 1);
        stale.put("goal", "ц".repeat(2_001));
        Api.Response tooLong = curator.put("/api/v1/roadmaps/" + id, stale);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text()).contains("goal");
        stale.put("goal", null);
        Api.Response changed = curator.put("/api/v1/roadmaps/" + id, stale);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().path("title").asString()).isEqualTo("Старое название");
        assertThat(changed.json().path("goal").isNull()).isTrue();

        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'roadmap' and entity_id = ?"
                                + " and action = 'describe'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(Api.as(port, DemoAccounts.MENTOR)
                        .put("/api/v1/roadmaps/" + id, stale)
                        .status())
                .isIn(403, 404);
    }
}
