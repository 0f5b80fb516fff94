package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

/** Marking due dates, their evidence, concurrent marks, corrections and the scope, on the embedded database. */
@IntegrationTest
class TrackingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void savedRoadmapStoresEachDateAndAnUndatedRowAndShowsThemWithStatus() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Tracked roadmap A");

        JsonNode dates = api(DemoAccounts.CURATOR)
                .get("/api/v1/roadmaps/" + id + "/due-dates")
                .json();

        assertThat(dates.path("dates").size()).isEqualTo(4);
        assertThat(statuses(dates)).containsExactly("OVERDUE", "PLANNED", "PLANNED", "PLANNED");
        assertThat(dates.path("dates").get(2).path("dueOn").isNull()).isTrue();
        assertThat(dates.path("progress").path("dueToDate").asInt()).isEqualTo(2);
        assertThat(dates.path("progress").path("total").asInt()).isEqualTo(4);
        String view = curator.get("/roadmaps/" + id).body();
        assertThat(view).contains("id=\"roadmap-progress\"", "due-OVERDUE", html(text("roadmap.due.undated")));
    }

    @Test
    void curatorMarksADateDoneWithALinkAndTheProgressAndListsFollow() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Tracked roadmap B");
        long overdue = dueId(id, 0);
        assertThat(overdueIds(DemoAccounts.CURATOR, id)).containsExactly(overdue);

        HttpResponse<String> evidence = curator.post(
                "/roadmaps/dates/" + overdue + "/evidence",
                Map.of("url", "https://school5.example.org/nastavnichestvo", "note", "Приказ № 12"));
        assertThat(evidence.statusCode()).isEqualTo(302);
        HttpResponse<String> marked =
                curator.post("/roadmaps/dates/" + overdue + "/status", Map.of("status", "DONE", "version", "0"));
        assertThat(marked.statusCode()).isEqualTo(302);

        String page = curator.get("/roadmaps/dates/" + overdue).body();
        assertThat(page)
                .contains(
                        "https://school5.example.org/nastavnichestvo",
                        "Приказ № 12",
                        Fixtures.shortName(jdbc, DemoAccounts.CURATOR));
        assertThat(overdueIds(DemoAccounts.CURATOR, id)).isEmpty();
        JsonNode progress = api(DemoAccounts.CURATOR)
                .get("/api/v1/roadmaps/" + id + "/due-dates")
                .json()
                .path("progress");
        assertThat(progress.path("closedToDate").asInt()).isEqualTo(1);
        assertThat(progress.path("closed").asInt()).isEqualTo(1);
        assertThat(curator.get("/roadmaps").body()).contains(html(text("roadmap.progress.short", 1, 2, 1, 4)));
    }

    @Test
    void theSecondOfTwoConcurrentMarksGetsAConflictAndNothingIsLost() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Tracked roadmap C");
        long due = dueId(id, 1);

        Api.Response first = api(DemoAccounts.CURATOR)
                .post("/api/v1/roadmap-due-dates/" + due + "/status", Map.of("status", "DONE", "version", 0));
        Api.Response second = api(DemoAccounts.HEAD)
                .post(
                        "/api/v1/roadmap-due-dates/" + due + "/status",
                        Map.of("status", "NOT_APPLICABLE", "reason", "moved", "version", 0));
        HttpResponse<String> page =
                curator.post("/roadmaps/dates/" + due + "/status", Map.of("status", "PLANNED", "version", "0"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("title").asString()).isEqualTo(text("error.conflict"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"mark-conflict\"", html(text("conflict")));
        assertThat(jdbc.sql("select status from roadmap_due where id = ?")
                        .param(due)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");
    }

    @Test
    void badInputIsRefusedBesideTheFieldAndAsProblemDetails() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Tracked roadmap D");
        long due = dueId(id, 1);
        Api api = api(DemoAccounts.CURATOR);

        Api.Response noReason = api.post(
                "/api/v1/roadmap-due-dates/" + due + "/status", Map.of("status", "NOT_APPLICABLE", "version", 0));
        Api.Response badLink =
                api.post("/api/v1/roadmap-due-dates/" + due + "/evidence", Map.of("url", "javascript:alert(1)"));
        Api.Response badStatus =
                api.post("/api/v1/roadmap-due-dates/" + due + "/status", Map.of("status", "SOMEDAY", "version", 0));
        Api.Response missing =
                api.post("/api/v1/roadmap-due-dates/999999999/status", Map.of("status", "DONE", "version", 0));
        HttpResponse<String> pageLink =
                curator.post("/roadmaps/dates/" + due + "/evidence", Map.of("url", "school5 site"));

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.fieldMessage("reason")).isEqualTo(text("roadmap.due.reason.required"));
        assertThat(badLink.status()).isEqualTo(422);
        assertThat(badLink.fieldMessage("url")).isEqualTo(text("roadmap.evidence.url"));
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(pageLink.statusCode()).isEqualTo(200);
        assertThat(pageLink.body()).contains("id=\"url-error\"", html(text("roadmap.evidence.url")));
        assertThat(jdbc.sql("select count(*) from roadmap_evidence where due_id = ?")
                        .param(due)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUploadedFileIsDownloadedInScopeAndHiddenFromAnotherSchool() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Tracked roadmap E");
        long due = dueId(id, 2);
        byte[] content = "Протокол совета".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> uploaded =
                curator.upload("/roadmaps/dates/" + due + "/evidence", Map.of(), "file", "протокол.txt", content);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        long evidence = jdbc.sql("select id from roadmap_evidence where due_id = ?")
                .param(due)
                .query(Long.class)
                .single();

        HttpResponse<byte[]> download = curator.download("/roadmaps/evidence/" + evidence);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment");

        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        assertThat(other.download("/roadmaps/evidence/" + evidence).statusCode())
                .isEqualTo(404);
        assertThat(other.get("/roadmaps/dates/" + due).statusCode()).isEqualTo(404);
        assertThat(api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/api/v1/roadmaps/" + id + "/due-dates")
                        .status())
                .isEqualTo(404);
        assertThat(other.get("/roadmaps/due").body()).doesNotContain("Tracked roadmap E");
    }

    @Test
    void aReaderSeesTheDatesButOnlyAnEditorMarksThem() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Tracked roadmap F");
        long due = dueId(id, 1);
        WebSession psychologist = WebSession.signIn(port, DemoAccounts.PSYCHOLOGIST);

        HttpResponse<String> page = psychologist.get("/roadmaps/dates/" + due);
        HttpResponse<String> mark =
                psychologist.post("/roadmaps/dates/" + due + "/status", Map.of("status", "DONE", "version", "0"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("id=\"mark-form\"");
        assertThat(mark.statusCode()).isEqualTo(403);
    }

    @Test
    void aCorrectionKeepsMarkedDatesThatRemainAndRefusesToRemoveThem() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Tracked roadmap G");
        long due = dueId(id, 1);
        LocalDate today = LocalDate.now();
        String todayText = today.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String laterText = today.plusDays(7).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        api(DemoAccounts.CURATOR)
                .post("/api/v1/roadmap-due-dates/" + due + "/status", Map.of("status", "DONE", "version", 0));
        String item = "/roadmaps/" + id + "/items/3/deadline";

        HttpResponse<String> removing = curator.post(item, Map.of("text", laterText));
        HttpResponse<String> adding = curator.post(item, Map.of("text", todayText + "\n" + laterText));

        assertThat(removing.statusCode()).isEqualTo(200);
        assertThat(removing.body())
                .contains("id=\"text-error\"", html(text("roadmap.correction.removesTracked", todayText)));
        assertThat(adding.statusCode()).isEqualTo(302);
        JsonNode dates = api(DemoAccounts.CURATOR)
                .get("/api/v1/roadmaps/" + id + "/due-dates")
                .json();
        List<String> ofItem = new java.util.ArrayList<>();
        for (JsonNode d : dates.path("dates")) {
            if (d.path("position").asInt() == 3) {
                ofItem.add(d.path("dueOn").asString() + " " + d.path("status").asString() + " "
                        + d.path("id").asLong());
            }
        }
        assertThat(ofItem)
                .containsExactly(
                        today + " DONE " + due,
                        today.plusDays(7) + " PLANNED "
                                + (ofItem.size() > 1
                                        ? ofItem.get(1).substring(ofItem.get(1).lastIndexOf(' ') + 1)
                                        : ""));
        assertThat(curator.get("/roadmaps/" + id).body())
                .contains(html(text("roadmap.correction.shown", todayText + "\n" + laterText)));
    }

    private long dueId(long roadmapId, int index) {
        return jdbc.sql("select id from roadmap_due where roadmap_id = ? order by position, due_on nulls first")
                .param(roadmapId)
                .query(Long.class)
                .list()
                .get(index);
    }

    private List<Long> overdueIds(String email, long roadmapId) {
        List<Long> ids = new java.util.ArrayList<>();
        api(email)
                .get("/api/v1/roadmap-due-dates/overdue?roadmapId=" + roadmapId)
                .json()
                .forEach(e -> ids.add(e.path("date").path("id").asLong()));
        return ids;
    }

    private static List<String> statuses(JsonNode dates) {
        List<String> statuses = new java.util.ArrayList<>();
        dates.path("dates").forEach(d -> statuses.add(d.path("status").asString()));
        return statuses;
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
