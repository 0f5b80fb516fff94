package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.people.StaffImports;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Editing an activity keeps history (who, when, before, after) on its page and in the API; a stale
 * edit is refused with 409, bad input with 422 beside the fields. Positions of the test roadmap: 2 is
 * item 1.1 (overdue), 3 item 1.2 (today), 4 item 1.3 (undated), 6 item 2.1 (in sixty days).
 */
@IntegrationTest
class RoadmapLineHistoryIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void anEditOnThePageIsKeptAsHistoryShownOnTheLinePageAndInTheApi() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "History roadmap A");
        String later = RoadmapTestSupport.DATE.format(LocalDate.now().plusDays(90));
        Map<String, String> form = new HashMap<>(Map.of(
                "activity", "Отчёт о реализации программы наставничества",
                "deadline", later,
                "responsible", "Куратор, заместитель директора",
                "result", "Отчёт на сайте",
                "coExecutors", "Педагог-психолог",
                "version", "0"));

        HttpResponse<String> saved = curator.post("/roadmaps/" + id + "/items/6", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = curator.get("/roadmaps/" + id + "/items/6").body();

        assertThat(page)
                .contains(
                        "id=\"line-history\"",
                        html(text("roadmap.line.history")),
                        html("Отчёт о реализации программы наставничества"),
                        html(text("roadmap.line.change.CO_EXECUTORS")),
                        html("Педагог-психолог"),
                        Fixtures.shortName(jdbc, DemoAccounts.CURATOR),
                        later);
        JsonNode history = api(DemoAccounts.CURATOR)
                .get("/api/v1/roadmaps/" + id + "/lines/6/history")
                .json();
        Map<String, JsonNode> byField = new HashMap<>();
        history.forEach(c -> byField.put(c.path("field").asString(), c));
        assertThat(byField.keySet())
                .containsExactlyInAnyOrder("ACTIVITY", "DEADLINE", "RESPONSIBLE", "RESULT", "CO_EXECUTORS");
        assertThat(byField.get("ACTIVITY").path("before").asString()).isEqualTo("Отчёт");
        assertThat(byField.get("ACTIVITY").path("changedBy").asString()).isEqualTo(DemoAccounts.CURATOR);
        assertThat(byField.get("CO_EXECUTORS").path("before").asString()).isEmpty();
        // the new deadline moved the stored date
        assertThat(dueDates(id, 6)).containsExactly(LocalDate.now().plusDays(90));
        JsonNode line = api(DemoAccounts.CURATOR)
                .get("/api/v1/roadmaps/" + id + "/lines/6")
                .json();
        assertThat(line.path("version").asLong()).isEqualTo(1);
        assertThat(line.path("coExecutors").asString()).isEqualTo("Педагог-психолог");
        // the roadmap page links the activity to its page
        assertThat(curator.get("/roadmaps/" + id).body()).contains("/roadmaps/" + id + "/items/6\"");
    }

    @Test
    void aDeadlineCorrectionIsHistoryTooAndAnEditCannotDropAMarkedDate() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "History roadmap B");
        String today = RoadmapTestSupport.DATE.format(LocalDate.now());
        String later = RoadmapTestSupport.DATE.format(LocalDate.now().plusDays(7));
        curator.post("/roadmaps/" + id + "/items/3/deadline", Map.of("text", today + "\n" + later));
        long overdue = jdbc.sql("select id from roadmap_due where roadmap_id = ? and position = 2")
                .param(id)
                .query(Long.class)
                .single();
        api(DemoAccounts.CURATOR)
                .post("/api/v1/roadmap-due-dates/" + overdue + "/status", Map.of("status", "DONE", "version", 0));

        JsonNode corrections = api(DemoAccounts.CURATOR)
                .get("/api/v1/roadmaps/" + id + "/lines/3/history")
                .json();
        Api.Response dropsMarked = api(DemoAccounts.CURATOR)
                .put("/api/v1/roadmaps/" + id + "/lines/2", edit("Приказ о наставничестве", later, 0));

        assertThat(corrections.size()).isEqualTo(1);
        assertThat(corrections.get(0).path("field").asString()).isEqualTo("CORRECTED_DEADLINE");
        assertThat(corrections.get(0).path("before").isNull()).isTrue();
        assertThat(corrections.get(0).path("after").asString()).isEqualTo(today + "\n" + later);
        assertThat(dropsMarked.status()).isEqualTo(422);
        assertThat(dropsMarked.fieldMessage("deadline"))
                .startsWith(text("roadmap.correction.removesTracked", "x").substring(0, 20));
        assertThat(history(id, 2)).isEmpty();
        assertThat(jdbc.sql("select status from roadmap_due where id = ?")
                        .param(overdue)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");
    }

    @Test
    void theSecondOfTwoEditsOfTheSameVersionGetsAConflict() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "History roadmap C");
        String later = RoadmapTestSupport.DATE.format(LocalDate.now().plusDays(60));

        Api.Response first =
                api(DemoAccounts.CURATOR).put("/api/v1/roadmaps/" + id + "/lines/6", edit("Отчёт за год", later, 0));
        Api.Response second =
                api(DemoAccounts.HEAD).put("/api/v1/roadmaps/" + id + "/lines/6", edit("Отчёт директору", later, 0));
        HttpResponse<String> page = curator.post(
                "/roadmaps/" + id + "/items/6",
                Map.of("activity", "Отчёт на совете", "deadline", later, "version", "0"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"line-conflict\"", html(text("conflict")));
        assertThat(history(id, 6)).containsExactly("ACTIVITY:Отчёт→Отчёт за год");
    }

    @Test
    void badInputIsRefusedWithEveryFieldAndAReaderMayNotEdit() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "History roadmap D");
        Map<String, Object> bad = new HashMap<>();
        bad.put("activity", "  ");
        bad.put("result", "я".repeat(RoadmapLines.TEXT_MAX + 1));

        Api.Response refused = api(DemoAccounts.CURATOR).put("/api/v1/roadmaps/" + id + "/lines/6", bad);
        Api.Response section = api(DemoAccounts.CURATOR).put("/api/v1/roadmaps/" + id + "/lines/1", edit("x", "", 0));
        HttpResponse<String> page =
                curator.post("/roadmaps/" + id + "/items/6", Map.of("activity", "", "version", "0"));
        WebSession psychologist = WebSession.signIn(port, DemoAccounts.PSYCHOLOGIST);
        HttpResponse<String> readerPage = psychologist.get("/roadmaps/" + id + "/items/6");
        Api.Response readerEdit =
                api(DemoAccounts.PSYCHOLOGIST).put("/api/v1/roadmaps/" + id + "/lines/6", edit("Отчёт", "", 0));
        Api.Response otherSchool =
                api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL).get("/api/v1/roadmaps/" + id + "/lines/6/history");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldMessage("activity")).isEqualTo(text("NotBlank"));
        assertThat(refused.fieldMessage("result")).isEqualTo(text("roadmap.line.tooLong", RoadmapLines.TEXT_MAX));
        assertThat(refused.fieldMessage("version")).isEqualTo(text("NotNull"));
        assertThat(section.status()).isEqualTo(404);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"activity-error\"");
        assertThat(readerPage.statusCode()).isEqualTo(200);
        assertThat(readerPage.body()).contains("id=\"line-history\"").doesNotContain("id=\"line-form\"");
        assertThat(readerEdit.status()).isEqualTo(403);
        assertThat(otherSchool.status()).isEqualTo(404);
        assertThat(history(id, 6)).isEmpty();
    }

    private static Map<String, Object> edit(String activity, String deadline, long version) {
        Map<String, Object> edit = new HashMap<>();
        edit.put("activity", activity);
        edit.put("deadline", deadline);
        edit.put("responsible", "Куратор");
        edit.put("version", version);
        return edit;
    }

    private List<String> history(long id, int position) {
        return jdbc.sql("select field || ':' || coalesce(before_text, '') || '→' || coalesce(after_text, '')"
                        + " from roadmap_line_change where roadmap_id = ? and position = ? and field = 'ACTIVITY'"
                        + " order by id")
                .params(id, position)
                .query(String.class)
                .list();
    }

    private List<LocalDate> dueDates(long id, int position) {
        List<LocalDate> dates = new ArrayList<>();
        jdbc.sql("select due_on from roadmap_due where roadmap_id = ? and position = ? order by due_on")
                .params(id, position)
                .query((rs, n) -> dates.add(rs.getObject(1, LocalDate.class)))
                .list();
        return dates;
    }

    private Api api(String email) {
        return Api.as(port, email);
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.forLanguageTag("ru"));
    }

    private static String html(String text) {
        return StaffImports.html(text);
    }
}
