package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

@IntegrationTest
class RoadmapPagesIT {

    private static final Pattern OWNER = Pattern.compile("<option value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void curatorPreviewsAPastedRoadmapSavesItAndAnotherSchoolCannotOpenIt() throws IOException {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String form = curator.get("/roadmaps/new").body();
        Matcher owner = OWNER.matcher(form);
        assertThat(owner.find()).isTrue();
        Map<String, String> fields = Map.of(
                "ownerUnitId", owner.group(1),
                "title", "Roadmap 2022-2024",
                "periodFrom", "2022-01-01",
                "periodTo", "2024-12-31",
                "table", seed("municipal"));

        HttpResponse<String> preview = curator.post("/roadmaps/new", with(fields, "action", "preview"));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("id=\"roadmap-lines\"", "23.09.2022,", "30.09.2023,", "30.09.2024", "31.05.2024")
                .contains(text("roadmap.save"));

        HttpResponse<String> saved = curator.post("/roadmaps/new", with(fields, "action", "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = saved.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        String view = curator.get(page).body();
        assertThat(view).contains("Roadmap 2022-2024", "2.2.1", "25.04.2022").doesNotContain("id=\"roadmap-unknown\"");
        assertThat(curator.get("/roadmaps").body()).contains("Roadmap 2022-2024");

        String id = page.substring(page.lastIndexOf('/') + 1);
        Api.Response json = Api.as(port, DemoAccounts.CURATOR).get("/api/v1/roadmaps/" + id);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().path("title").asString()).isEqualTo("Roadmap 2022-2024");
        assertThat(json.json().path("lines").size()).isGreaterThan(20);
        assertThat(json.text()).contains("\"dueDates\":[\"2022-09-23\",\"2023-09-30\",\"2024-09-30\"]");

        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        assertThat(other.get(page).statusCode()).isEqualTo(404);
        assertThat(Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/api/v1/roadmaps/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(other.get("/roadmaps").body()).doesNotContain("Roadmap 2022-2024");
    }

    @Test
    void textWithoutATableAndAPeriodBackwardsAreRefusedNextToTheirFields() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        Matcher owner = OWNER.matcher(curator.get("/roadmaps/new").body());
        assertThat(owner.find()).isTrue();

        HttpResponse<String> noTable = curator.post(
                "/roadmaps/new",
                Map.of(
                        "ownerUnitId", owner.group(1),
                        "title", "No table",
                        "periodFrom", "2022-01-01",
                        "periodTo", "2022-12-31",
                        "table", "just some words",
                        "action", "save"));
        assertThat(noTable.statusCode()).isEqualTo(200);
        assertThat(noTable.body()).contains("id=\"table-error\"", html(text("roadmap.import.noTable")));

        HttpResponse<String> backwards = curator.post(
                "/roadmaps/new",
                Map.of(
                        "ownerUnitId", owner.group(1),
                        "title", "Backwards",
                        "periodFrom", "2023-01-01",
                        "periodTo", "2022-12-31",
                        "table", "| № | Мероприятие | Срок |\n| 1 | Приказ | май |",
                        "action", "preview"));
        assertThat(backwards.body()).contains("id=\"periodTo-error\"", html(text("roadmap.period.order")));
    }

    @Test
    void theCuratorCorrectsTheColumnsInThePreviewAndTheSaveReadsTheTableTheSameWay() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        Matcher owner = OWNER.matcher(curator.get("/roadmaps/new").body());
        assertThat(owner.find()).isTrue();
        // the headers of the deadline and the activity are written over each other's columns
        // a header cell on two lines: the mapping still holds for it when posted back
        String header = "| № | Срок | Мероприятие | Ответственный | Результат<br>(документ) |\n";
        Map<String, String> fields = Map.of(
                "ownerUnitId", owner.group(1),
                "title", "Columns corrected",
                "periodFrom", "2024-09-01",
                "periodTo", "2025-08-31",
                "table",
                        header
                                + "| 1.1 | Совет наставников | 25.09.2024 | Куратор | Протокол |\n"
                                + "| 1.2 | Отчёт куратора | до 30.05 | Куратор | Отчёт |\n");

        String recognized =
                curator.post("/roadmaps/new", with(fields, "action", "preview")).body();
        assertThat(recognized).contains("id=\"roadmap-mapping\"", html(text("roadmap.mapping.apply")));
        assertThat(select(recognized, 2)).contains("value=\"DEADLINE\" selected");
        assertThat(select(recognized, 3)).contains("value=\"ACTIVITY\" selected");
        assertThat(recognized).containsPattern(">25\\.09\\.2024</td>\\s*<td[^>]*>Совет наставников</td>");
        Matcher mapped =
                Pattern.compile("name=\"mappedHeader\" value=\"([^\"]*)\"").matcher(recognized);
        assertThat(mapped.find()).isTrue();

        Map<String, String> corrected = new java.util.LinkedHashMap<>(fields);
        // a browser posts line breaks back as CR LF: the header it was made for has none
        assertThat(mapped.group(1)).doesNotContain("\n").contains("(документ)");
        corrected.put("mappedHeader", mapped.group(1).replace("&#9;", "\t"));
        // a browser repeats the parameter, one per choice; one value with commas binds the same
        corrected.put("columns", "NUMBER,ACTIVITY,DEADLINE,RESPONSIBLE,NONE");

        String preview = curator.post("/roadmaps/new", with(corrected, "action", "preview"))
                .body();
        assertThat(select(preview, 2)).contains("value=\"ACTIVITY\" selected");
        assertThat(select(preview, 5)).contains("value=\"NONE\" selected");
        assertThat(preview)
                .containsPattern(">Совет наставников</td>\\s*<td[^>]*>25\\.09\\.2024</td>")
                .doesNotContain(">Протокол</td>")
                .doesNotContain(html(text("roadmap.mapping.refused")));

        Map<String, String> twoDeadlines = new java.util.LinkedHashMap<>(corrected);
        twoDeadlines.put("columns", "NUMBER,DEADLINE,DEADLINE,RESPONSIBLE,NONE");
        HttpResponse<String> refused = curator.post("/roadmaps/new", with(twoDeadlines, "action", "save"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(html(text("roadmap.mapping.refused")))
                .contains(html(messages.getMessage(
                        "roadmap.mapping.repeated.deadline", new Object[] {"2, 3"}, Locale.forLanguageTag("ru"))))
                .contains(html(text("roadmap.mapping.noActivity")));
        assertThat(select(refused.body(), 2)).contains("value=\"DEADLINE\" selected");

        HttpResponse<String> saved = curator.post("/roadmaps/new", with(corrected, "action", "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = saved.headers().firstValue("Location").orElseThrow();
        String id = page.substring(page.lastIndexOf('/') + 1);
        Api.Response json = Api.as(port, DemoAccounts.CURATOR).get("/api/v1/roadmaps/" + id);
        assertThat(json.json().path("lines").get(0).path("activity").asString()).isEqualTo("Совет наставников");
        assertThat(json.json().path("lines").get(0).path("deadline").asString()).isEqualTo("25.09.2024");
        assertThat(json.json().path("lines").get(0).path("result").asString()).isEmpty();
        assertThat(json.json().path("lines").get(1).path("deadline").asString()).isEqualTo("до 30.05");

        // the table changed under the mapping: the columns are recognized again, and the page says so
        Map<String, String> changed = new java.util.LinkedHashMap<>(corrected);
        changed.put("table", "| № | Мероприятие | Срок |\n| 1 | Приказ | май |\n");
        String again = curator.post("/roadmaps/new", with(changed, "action", "preview"))
                .body();
        assertThat(again).contains(html(text("roadmap.mapping.headerChanged")));
        assertThat(select(again, 2)).contains("value=\"ACTIVITY\" selected");
        // a column beyond the table, as only a hand-made request could post it: ignored, said so
        Map<String, String> beyond = new java.util.LinkedHashMap<>(corrected);
        beyond.put("columns", "NUMBER,ACTIVITY,DEADLINE,RESPONSIBLE,NONE,NONE,RESULT");
        HttpResponse<String> ignored = curator.post("/roadmaps/new", with(beyond, "action", "preview"));
        assertThat(ignored.statusCode()).isEqualTo(200);
        assertThat(ignored.body())
                .contains(html(messages.getMessage(
                        "roadmap.mapping.outOfTable", new Object[] {"7"}, Locale.forLanguageTag("ru"))))
                .containsPattern(">Совет наставников</td>\\s*<td[^>]*>25\\.09\\.2024</td>");
        Map<String, String> farBeyond = new java.util.LinkedHashMap<>(corrected);
        // an indexed name would make the binder fail: the mapping is not bound by index, so it is ignored
        farBeyond.put("columns[100000]", "RESULT");
        HttpResponse<String> far = curator.post("/roadmaps/new", with(farBeyond, "action", "preview"));
        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(select(far.body(), 2)).contains("value=\"ACTIVITY\" selected");
    }

    /** The choice of the column with this number (from 1) in the preview's mapping. */
    private static String select(String page, int column) {
        Matcher select = Pattern.compile("<select[^>]*id=\"mapping-" + column + "\".*?</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as("the choice of column %d", column).isTrue();
        return select.group();
    }

    @Test
    void aCoordinatorOfSeveralUnitsOpensTheFormAndChoosesTheOwnerThere() {
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);

        HttpResponse<String> form = coordinator.get("/roadmaps/new");

        assertThat(form.statusCode()).isEqualTo(200);
        Matcher owners = OWNER.matcher(form.body());
        assertThat(owners.results().count()).isGreaterThan(1);
    }

    @Test
    void aMentorReadsRoadmapsButDoesNotCreateThem() {
        WebSession mentor = WebSession.signIn(port, DemoAccounts.MENTOR);
        assertThat(mentor.get("/roadmaps").statusCode()).isEqualTo(200);
        assertThat(mentor.get("/roadmaps/new").statusCode()).isEqualTo(403);
    }

    private static Map<String, String> with(Map<String, String> fields, String key, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put(key, value);
        return all;
    }

    private String text(String code) {
        return messages.getMessage(code, null, Locale.forLanguageTag("ru"));
    }

    private static String html(String text) {
        return org.nastavnik.people.StaffImports.html(text);
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = RoadmapPagesIT.class.getResourceAsStream("/roadmap/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
