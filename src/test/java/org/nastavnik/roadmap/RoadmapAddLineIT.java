package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An activity added to a saved roadmap goes where the author puts it, with its dates and history. */
@IntegrationTest
class RoadmapAddLineIT {

    @LocalServerPort
    int port;

    @Test
    void anActivityAddedAfterALineTakesItsPlaceAndSectionAndIsTrackedFromThen() {
        Api curator = Api.as(port, DemoAccounts.CURATOR);
        long id = roadmap(curator);
        JsonNode before = curator.get("/api/v1/roadmaps/" + id).json();
        int afterSecond = position(before, "1.2");

        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("after", afterSecond);
        draft.put("number", "1.3");
        draft.put("activity", "Анкетирование наставляемых");
        draft.put("deadline", "до 15.10.2026");
        draft.put("responsible", "Куратор");
        Api.Response added = curator.post("/api/v1/roadmaps/" + id + "/lines", draft);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        int position = added.json().path("position").asInt();
        assertThat(added.json().path("sectionNumber").asString()).isEqualTo("1");
        assertThat(added.json().path("dates").get(0).path("dueOn").asString()).isEqualTo("2026-10-15");
        assertThat(added.json().path("history").valueStream().map(c -> c.path("field")
                        .asString()))
                .contains("ACTIVITY", "DEADLINE");

        draft.put("after", null);
        draft.put("number", "2.2");
        draft.put("activity", "Итоговое совещание");
        draft.put("deadline", "май 2027");
        assertThat(curator.post("/api/v1/roadmaps/" + id + "/lines", draft).status())
                .isEqualTo(201);

        List<String> numbers = curator.get("/api/v1/roadmaps/" + id)
                .json()
                .path("lines")
                .valueStream()
                .map(l -> l.path("number").asString())
                .toList();
        assertThat(numbers).containsExactly("1", "1.1", "1.2", "1.3", "2", "2.1", "2.2");
        assertThat(curator.get("/api/v1/roadmaps/" + id + "/due-dates").text()).contains("2026-10-15");
        assertThat(position).isGreaterThan(afterSecond);
    }

    @Test
    void badInputIsRefusedBesideTheFieldsAndNothingIsAdded() {
        Api curator = Api.as(port, DemoAccounts.CURATOR);
        long id = roadmap(curator);
        int lines = curator.get("/api/v1/roadmaps/" + id).json().path("lines").size();

        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("after", 9_999);
        draft.put("activity", " ");
        draft.put("number", "1".repeat(31));
        Api.Response refused = curator.post("/api/v1/roadmaps/" + id + "/lines", draft);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("\"after\"", "\"activity\"", "\"number\"");
        assertThat(Api.as(port, DemoAccounts.MENTOR)
                        .post("/api/v1/roadmaps/" + id + "/lines", Map.of("activity", "Чужое"))
                        .status())
                .isIn(403, 404);

        WebSession page = WebSession.signIn(port, DemoAccounts.CURATOR);
        int first = position(curator.get("/api/v1/roadmaps/" + id).json(), "1.1");
        assertThat(page.get("/roadmaps/" + id + "/items/new?after=" + first).body())
                .contains("id=\"new-line-place\"", "Встреча наставников");
        HttpResponse<String> empty =
                page.post("/roadmaps/" + id + "/items/new", Map.of("after", String.valueOf(first), "activity", ""));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("is-invalid");
        assertThat(curator.get("/api/v1/roadmaps/" + id).json().path("lines").size())
                .isEqualTo(lines);

        HttpResponse<String> saved = page.post(
                "/roadmaps/" + id + "/items/new",
                Map.of("after", String.valueOf(first), "number", "1.1а", "activity", "Знакомство пар"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/roadmaps/" + id + "/items/");
        assertThat(curator.get("/api/v1/roadmaps/" + id)
                        .json()
                        .path("lines")
                        .get(2)
                        .path("activity")
                        .asString())
                .isEqualTo("Знакомство пар");
    }

    private long roadmap(Api curator) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ownerUnitId", Fixtures.ownOrganization(port, DemoAccounts.CURATOR));
        body.put("title", "План с добавлениями");
        body.put("periodFrom", "2026-09-01");
        body.put("periodTo", "2027-08-31");
        body.put(
                "table",
                "№\tМероприятие\tСрок\n1\tПодготовка\t\n1.1\tВстреча наставников\tдо 20.09.2026\n"
                        + "1.2\tФормирование пар\tоктябрь 2026\n2\tЗавершение\t\n2.1\tОтчёт\tиюнь 2027");
        Api.Response created = curator.post("/api/v1/roadmaps", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static int position(JsonNode roadmap, String number) {
        return roadmap.path("lines")
                .valueStream()
                .filter(l -> l.path("number").asString().equals(number))
                .findFirst()
                .orElseThrow()
                .path("position")
                .asInt();
    }
}
