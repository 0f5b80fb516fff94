package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nastavnik.people.StaffImports;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.OfficeFiles;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A roadmap uploaded as a Word document fills the import form, is previewed and saved; bad files are explained. */
@IntegrationTest
class RoadmapDocxIT {

    private static final Pattern OWNER = Pattern.compile("<option value=\"(\\d+)\"");
    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea[^>]*name=\"table\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void curatorUploadsTheDistrictRoadmapSeesItReadAndSavesTheFormAsFilled() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String owner = owner(curator);

        HttpResponse<String> uploaded = upload(
                curator,
                owner,
                "district.docx",
                RoadmapDocuments.seed("district").docx());

        assertThat(uploaded.statusCode()).isEqualTo(200);
        String page = uploaded.body();
        RoadmapTable.Parsed text = RoadmapTable.parse(RoadmapDocuments.seedText("district"));
        int items = text.items().size();
        assertThat(page)
                .contains(
                        "id=\"docx-read\"",
                        html(text(
                                "roadmap.docx.read",
                                "district.docx",
                                text.sections().size(),
                                items)))
                .contains("УТВЕРЖДЕН приказом управления образования администрации Вацкого муниципального района")
                .contains("value=\"2021-01-01\"", "value=\"2021-12-31\"")
                .contains("value=\"План мероприятий (дорожная карта) реализации методологии")
                .contains("id=\"roadmap-lines\"", "25.06.2021", text("roadmap.save"))
                .doesNotContain("is-invalid");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("ownerUnitId", owner);
        form.put("title", "District roadmap from Word");
        form.put("periodFrom", "2021-01-01");
        form.put("periodTo", "2021-12-31");
        form.put("table", table(page));
        form.put("action", "save");
        HttpResponse<String> created = curator.post("/roadmaps/new", form);

        assertThat(created.statusCode()).isEqualTo(302);
        String view = curator.get(
                        created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""))
                .body();
        assertThat(view).contains("District roadmap from Word", "7.1.1", "25.12.2021");
        long saved = jdbc.sql("select count(*) from roadmap_line l join roadmap r on r.id = l.roadmap_id"
                        + " where r.title = 'District roadmap from Word' and not l.section")
                .query(Long.class)
                .single();
        assertThat(saved).isEqualTo(items);
    }

    @Test
    void anUploadPostedWithHtmxShowsThePreviewAndAFileOverTheLimitIsExplainedOnTheForm() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String owner = owner(curator);

        HttpResponse<String> uploaded = curator.uploadWithHtmx(
                "/roadmaps/new/docx",
                Map.of("ownerUnitId", owner),
                "file",
                "college.docx",
                RoadmapDocuments.seed("college").docx());
        assertThat(uploaded.statusCode()).isEqualTo(200);
        assertThat(uploaded.body())
                .contains("id=\"roadmap-form-area\"", "id=\"roadmap-lines\"", "value=\"2022-01-01\"")
                .contains(html(text("roadmap.import.numberOutOfOrder", "18")));

        HttpResponse<String> huge = curator.uploadWithHtmx(
                "/roadmaps/new/docx",
                Map.of("ownerUnitId", owner),
                "file",
                "huge.docx",
                new byte[RoadmapDocx.MAX_FILE_BYTES + 1024]);
        assertThat(huge.statusCode()).isEqualTo(200);
        assertThat(huge.body()).contains("id=\"file-error\"", html(text("roadmap.docx.tooLarge", 10)));
    }

    @Test
    void aDocumentWithoutAStatedPeriodAsksForItAndKeepsTheTable() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);

        HttpResponse<String> uploaded = upload(
                curator,
                owner(curator),
                "municipal.docx",
                RoadmapDocuments.seed("municipal").docx());

        assertThat(uploaded.body())
                .contains(html(text("roadmap.docx.noPeriod")), "id=\"periodFrom-error\"")
                .contains("Дорожная карта&raquo; (план мероприятий) по внедрению системы")
                .contains("| 2.2.1. | Инструктивно-методическое совеща")
                .doesNotContain("id=\"roadmap-lines\"");
    }

    @Test
    void twoThousandRowsArePreviewedAndMoreAreRefusedNextToTheFileField() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String owner = owner(curator);

        HttpResponse<String> large = upload(curator, owner, "large.docx", large(RoadmapService.MAX_LINES - 1));
        assertThat(large.body())
                .contains(html(text("roadmap.docx.read", "large.docx", 1, RoadmapService.MAX_LINES - 1)))
                .contains("1.1999", text("roadmap.save"));

        HttpResponse<String> tooLarge = upload(curator, owner, "larger.docx", large(RoadmapService.MAX_LINES));
        assertThat(tooLarge.body())
                .contains("id=\"file-error\"", html(text("roadmap.import.tooManyLines", RoadmapService.MAX_LINES)));
    }

    @Test
    void everyBadFileIsExplainedInRussianNextToTheFileFieldAndNothingIsSaved() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String owner = owner(curator);
        long before = roadmaps();
        byte[] college = RoadmapDocuments.seed("college").docx();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("upload.docx.wrongFormat", "Мероприятие\tСрок".getBytes(StandardCharsets.UTF_8));
        files.put("upload.docx.plainZip", org.nastavnik.people.StaffWorkbooks.valid(1, 950));
        files.put("upload.docx.legacy", OfficeFiles.legacyHeader());
        files.put("upload.docx.encrypted", OfficeFiles.encrypted(college, "secret"));
        files.put("upload.docx.unreadable", java.util.Arrays.copyOf(college, college.length / 2));
        files.put(
                "roadmap.docx.noTable",
                RoadmapDocuments.of(List.of("Дорожная карта"), List.of()).docx());
        files.put(
                "roadmap.docx.noHeader",
                RoadmapDocuments.of(List.of("Дорожная карта"), List.of(List.of("Фамилия", "Имя", "Отчество")))
                        .docx());

        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Map<String, String> form = Map.of("ownerUnitId", owner, "title", "Kept title");
            HttpResponse<String> refused =
                    curator.upload("/roadmaps/new/docx", form, "file", "plan.docx", file.getValue());

            assertThat(refused.statusCode()).as(file.getKey()).isEqualTo(200);
            assertThat(refused.body())
                    .as(file.getKey())
                    .contains("id=\"file-error\"", html(text(file.getKey(), 1_000)), "value=\"Kept title\"")
                    .doesNotContain("Exception", "id=\"roadmap-lines\"");
        }
        assertThat(curator.upload("/roadmaps/new/docx", Map.of("ownerUnitId", owner), "file", "", new byte[0])
                        .body())
                .contains("id=\"file-error\"", html(text("roadmap.docx.fileRequired")));
        assertThat(roadmaps()).isEqualTo(before);
    }

    @Test
    void aCuratorCannotUploadForAnotherSchoolAndAMentorCannotUploadAtAll() {
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        String foreign = owner(WebSession.signIn(port, DemoAccounts.CURATOR));
        other.get("/roadmaps/new");
        assertThat(upload(
                                other,
                                foreign,
                                "college.docx",
                                RoadmapDocuments.seed("college").docx())
                        .statusCode())
                .isEqualTo(404);

        WebSession mentor = WebSession.signIn(port, DemoAccounts.MENTOR);
        mentor.get("/roadmaps");
        assertThat(upload(
                                mentor,
                                foreign,
                                "college.docx",
                                RoadmapDocuments.seed("college").docx())
                        .statusCode())
                .isEqualTo(403);
    }

    private static HttpResponse<String> upload(WebSession session, String owner, String name, byte[] docx) {
        return session.upload("/roadmaps/new/docx", Map.of("ownerUnitId", owner), "file", name, docx);
    }

    private static byte[] large(int items) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("№ п/п", "Мероприятие", "Сроки", "Ответственные", "Результат"));
        rows.add(List.of("1. Основной этап", "", "", "", ""));
        for (int i = 1; i <= items; i++) {
            rows.add(List.of("1." + i, "Мероприятие " + i, "Сентябрь, ежегодно", "Куратор", "Справка"));
        }
        return RoadmapDocuments.of(List.of("Дорожная карта на 2024-2026 годы"), rows)
                .docx();
    }

    private long roadmaps() {
        return jdbc.sql("select count(*) from roadmap").query(Long.class).single();
    }

    static String owner(WebSession session) {
        Matcher owner = OWNER.matcher(session.get("/roadmaps/new").body());
        assertThat(owner.find()).isTrue();
        return owner.group(1);
    }

    /** The table text of the form as the browser would post it back. */
    static String table(String page) {
        Matcher textarea = TEXTAREA.matcher(page);
        assertThat(textarea.find()).isTrue();
        return textarea.group(1)
                .replaceFirst("^\n", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.forLanguageTag("ru"));
    }

    private static String html(String text) {
        return StaffImports.html(text);
    }
}
