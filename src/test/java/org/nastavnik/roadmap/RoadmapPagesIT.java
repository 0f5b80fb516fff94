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
