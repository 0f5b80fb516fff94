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
import tools.jackson.databind.json.JsonMapper;

/** A roadmap made from Word or pasted text through the API: read, previewed, mapped, saved. */
@IntegrationTest
class RoadmapImportApiIT {

    @LocalServerPort
    int port;

    @Test
    void aWordFileIsReadPreviewedAndSavedAsADraft() {
        HttpResponse<String> read = WebSession.apiUpload(
                port,
                "/api/v1/roadmaps/docx",
                DemoAccounts.CURATOR,
                Map.of(),
                "district.docx",
                RoadmapDocuments.seed("district").docx());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode docx = JsonMapper.builder().build().readTree(read.body());
        RoadmapTable.Parsed text = RoadmapTable.parse(RoadmapDocuments.seedText("district"));
        assertThat(docx.path("recognized").asBoolean()).isTrue();
        assertThat(docx.path("items").asInt()).isEqualTo(text.items().size());
        assertThat(docx.path("title").asString()).isNotBlank();

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ownerUnitId", Fixtures.ownOrganization(port, DemoAccounts.CURATOR));
        body.put("title", docx.path("title").asString());
        body.put("periodFrom", "2021-01-01");
        body.put("periodTo", "2021-12-31");
        body.put("table", docx.path("table").asString());
        Api curator = Api.as(port, DemoAccounts.CURATOR);

        Api.Response preview = curator.post("/api/v1/roadmaps/preview", body);
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        JsonNode lines = preview.json().path("lines");
        assertThat(lines.valueStream().filter(l -> !l.path("section").asBoolean()))
                .hasSize(text.items().size());
        JsonNode first = lines.valueStream()
                .filter(l -> l.path("number").asString().startsWith("1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(first.path("deadline").asString()).contains("22.02.2021");
        assertThat(first.path("dueDates").get(0).asString()).isEqualTo("2021-02-22");
        assertThat(preview.json().path("needsMapping").asBoolean()).isFalse();

        Api.Response created = curator.post("/api/v1/roadmaps", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location").orElseThrow())
                .endsWith("/api/v1/roadmaps/" + created.json().path("id").asLong());
        assertThat(created.json().path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aHeaderNobodyRecognizesWaitsForTheColumnsAndAMappingWithoutActivityIsRefused() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ownerUnitId", Fixtures.ownOrganization(port, DemoAccounts.CURATOR));
        body.put("title", "План недели наставника");
        body.put("periodFrom", "2026-09-01");
        body.put("periodTo", "2027-05-31");
        body.put(
                "table",
                "Что делаем\tКогда\tКто\nВстреча с наставляемым\tдо 20.09.2026\tКуратор\n"
                        + "Открытый урок\tоктябрь 2026\tНаставник");
        Api curator = Api.as(port, DemoAccounts.CURATOR);

        Api.Response unread = curator.post("/api/v1/roadmaps/preview", body);
        assertThat(unread.status()).as(unread.text()).isEqualTo(200);
        assertThat(unread.json().path("needsMapping").asBoolean()).isTrue();
        assertThat(unread.json().path("header").valueStream().map(JsonNode::asString))
                .containsExactly("Что делаем", "Когда", "Кто");
        assertThat(curator.post("/api/v1/roadmaps", body).status())
                .as("nothing is saved before the columns are mapped")
                .isEqualTo(422);

        body.put("columns", java.util.Arrays.asList("DEADLINE", null, "RESPONSIBLE"));
        Api.Response noActivity = curator.post("/api/v1/roadmaps", body);
        assertThat(noActivity.status()).isEqualTo(422);
        assertThat(noActivity.text()).contains("columns");

        body.put("columns", List.of("ACTIVITY", "DEADLINE", "RESPONSIBLE"));
        Api.Response mapped = curator.post("/api/v1/roadmaps/preview", body);
        assertThat(mapped.json().path("lines").valueStream().map(l -> l.path("activity")
                        .asString()))
                .containsExactly("Встреча с наставляемым", "Открытый урок");
        assertThat(curator.post("/api/v1/roadmaps", body).status()).isEqualTo(201);
    }

    @Test
    void badInputIsAnsweredWithProblemDetails() {
        Api curator = Api.as(port, DemoAccounts.CURATOR);
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("ownerUnitId", Fixtures.ownOrganization(port, DemoAccounts.CURATOR));
        empty.put("title", "Без таблицы");
        empty.put("periodFrom", "2026-09-01");
        empty.put("periodTo", "2027-05-31");
        empty.put("table", "просто текст без таблицы");
        Api.Response noTable = curator.post("/api/v1/roadmaps/preview", empty);
        assertThat(noTable.status()).isEqualTo(422);
        assertThat(noTable.text()).contains("\"table\"");

        HttpResponse<String> corrupt = WebSession.apiUpload(
                port, "/api/v1/roadmaps/docx", DemoAccounts.CURATOR, Map.of(), "plan.docx", "not a zip".getBytes());
        assertThat(corrupt.statusCode()).isEqualTo(422);
        assertThat(corrupt.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");

        HttpResponse<String> mentor = WebSession.apiUpload(
                port,
                "/api/v1/roadmaps/docx",
                DemoAccounts.MENTOR,
                Map.of(),
                "district.docx",
                RoadmapDocuments.seed("district").docx());
        assertThat(mentor.statusCode()).isEqualTo(403);
    }
}
