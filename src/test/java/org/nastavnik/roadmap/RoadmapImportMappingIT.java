package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Tables whose header nobody recognizes reach the preview, where the curator says what each column is
 * and the preview reads the table again; co-executors and role words of the responsible are kept.
 */
@IntegrationTest
class RoadmapImportMappingIT {

    private static final Pattern MAPPED_HEADER = Pattern.compile("name=\"mappedHeader\" value=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPastedTableWithHeadersNobodyRecognizesIsMappedInThePreviewAndSavedWithItsCoExecutors() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ownerUnitId", RoadmapDocxIT.owner(curator));
        fields.put("title", "Mapped by hand");
        fields.put("periodFrom", "2024-09-01");
        fields.put("periodTo", "2025-08-31");
        fields.put(
                "table",
                "№\tЧто делаем\tКогда\tКто отвечает\tФорма проведения\n"
                        + "1.1\tСовет наставников\t25.09.2024\tКуратор (отв.), педагог-психолог\tзаседание\n"
                        + "1.2\tОтчёт куратора\tдо 30.05\tКуратор\tсправка\n");

        HttpResponse<String> first = curator.post("/roadmaps/new", with(fields, "action", "preview"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("id=\"roadmap-mapping\"", html(text("roadmap.mapping.hint.unrecognized")))
                .contains(html(text("roadmap.mapping.needed")))
                .contains(">Кто отвечает<", ">Форма проведения<", "Куратор (отв.), педагог-психолог", "заседание")
                .doesNotContain("id=\"table-error\"", "is-invalid", "Совет наставников</td>");
        assertThat(select(first.body(), 4)).contains("value=\"NONE\" selected", "value=\"CO_EXECUTORS\"");

        // saving before the columns are said is refused, nothing stored
        long before = roadmaps();
        HttpResponse<String> early = curator.post("/roadmaps/new", with(fields, "action", "save"));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).contains(html(text("roadmap.mapping.needed")));
        assertThat(roadmaps()).isEqualTo(before);

        Map<String, String> mapped = new LinkedHashMap<>(fields);
        mapped.put("mappedHeader", mappedHeader(first.body()));
        // a mapping without the activity: the reason next to the choices, the table still unread
        mapped.put("columns", "NUMBER,NONE,DEADLINE,RESPONSIBLE,NONE");
        String noActivity =
                curator.post("/roadmaps/new", with(mapped, "action", "preview")).body();
        assertThat(noActivity)
                .contains(html(text("roadmap.mapping.noActivity")), html(text("roadmap.mapping.refused.unread")))
                .doesNotContain("Совет наставников</td>");
        assertThat(select(noActivity, 1)).contains("is-invalid", "value=\"NUMBER\" selected");

        mapped.put("columns", "NUMBER,ACTIVITY,DEADLINE,RESPONSIBLE,NONE");
        String preview =
                curator.post("/roadmaps/new", with(mapped, "action", "preview")).body();
        assertThat(preview)
                .containsPattern(">Совет наставников</td>\\s*<td[^>]*>25\\.09\\.2024</td>")
                .contains(html(text("roadmap.line.coExecutorsShort", "педагог-психолог")))
                .doesNotContain(html(text("roadmap.mapping.needed")), "is-invalid");
        assertThat(select(preview, 2)).contains("value=\"ACTIVITY\" selected");

        HttpResponse<String> saved = curator.post("/roadmaps/new", with(mapped, "action", "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Api.Response json = Api.as(port, DemoAccounts.CURATOR).get("/api/v1/roadmaps/" + id);
        var line = json.json().path("lines").get(0);
        assertThat(line.path("activity").asString()).isEqualTo("Совет наставников");
        assertThat(line.path("responsible").asString()).isEqualTo("Куратор");
        assertThat(line.path("coExecutors").asString()).isEqualTo("педагог-психолог");
        assertThat(jdbc.sql("select co_executors from roadmap_line where roadmap_id = ? and position = 1")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("педагог-психолог");
    }

    @Test
    void aWordDocumentWithoutAHeaderRowReachesThePreviewAndIsReadOnceMappedWithoutUploadingAgain() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String owner = RoadmapDocxIT.owner(curator);
        RoadmapTable.Parsed text = RoadmapTable.parse(RoadmapDocuments.seedText("college"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ownerUnitId", owner);

        HttpResponse<String> uploaded = curator.upload(
                "/roadmaps/new/docx",
                form,
                "file",
                "college.docx",
                RoadmapDocuments.seed("college").header(null).docx());

        assertThat(uploaded.statusCode()).isEqualTo(200);
        String page = uploaded.body();
        assertThat(page)
                .contains("id=\"docx-unrecognized\"", "id=\"roadmap-mapping\"", html(text("roadmap.mapping.needed")))
                .doesNotContain("id=\"file-error\"", "id=\"table-error\"");

        Map<String, String> mapped = new LinkedHashMap<>();
        mapped.put("ownerUnitId", owner);
        mapped.put("title", unescape(value(page, "title")));
        mapped.put("periodFrom", "2022-01-01");
        mapped.put("periodTo", "2024-12-31");
        mapped.put("table", RoadmapDocxIT.table(page));
        mapped.put("mappedHeader", mappedHeader(page));
        mapped.put(
                "columns",
                String.join(
                        ",",
                        text.mapping().stream()
                                .map(c -> c == null ? "NONE" : c.name())
                                .toList()));

        String preview =
                curator.post("/roadmaps/new", with(mapped, "action", "preview")).body();
        assertThat(preview)
                .contains("id=\"roadmap-lines\"", html(text.sections().get(0).title()))
                .doesNotContain(html(text("roadmap.mapping.needed")), "is-invalid");
        HttpResponse<String> saved = curator.post("/roadmaps/new", with(mapped, "action", "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from roadmap_line where roadmap_id = ? and not section")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(text.items().size());
    }

    @Test
    void roleWordsOfTheResponsibleLinkTheHoldersOfTheRoleInTheSchoolAndPluralsStayText() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        LocalDate today = LocalDate.now();
        String date = RoadmapTestSupport.DATE.format(today.plusDays(20));
        long id = RoadmapTestSupport.save(
                curator,
                "Role words",
                today.minusDays(30),
                today.plusDays(300),
                "| № | Мероприятие | Срок | Ответственный |\n"
                        + "| 1.1 | Совет | " + date + " | Куратор программы наставничества |\n"
                        + "| 1.2 | Встречи пар | " + date + " | Наставники |\n"
                        + "| 1.3 | Анкеты | " + date + " | все педагоги |\n");
        String ownerPath = jdbc.sql("select owner_path from roadmap where id = ?")
                .param(id)
                .query(String.class)
                .single();
        List<Long> curators = jdbc.sql("select distinct person_id from role_assignment where role = 'CURATOR'"
                        + " and revoked_at is null and unit_path = ? order by person_id")
                .param(ownerPath)
                .query(Long.class)
                .list();
        long own = jdbc.sql("select person_id from account where username = ?")
                .param(DemoAccounts.CURATOR)
                .query(Long.class)
                .single();
        assertThat(curators).contains(own).hasSizeLessThanOrEqualTo(2);

        assertThat(linked(id, 1)).containsExactlyInAnyOrderElementsOf(curators);
        assertThat(linked(id, 2)).isEmpty();
        assertThat(linked(id, 3)).isEmpty();
        String name = jdbc.sql("select last_name || ' ' || first_name from person where id = ?")
                .param(own)
                .query(String.class)
                .single();
        assertThat(curator.get("/roadmaps/" + id + "/items/1").body()).contains("id=\"line-responsible-people\"", name);

        // a municipality's roadmap names no school's curator by the word
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        long municipality = jdbc.sql(
                        "select ra.unit_id from role_assignment ra join account a on a.person_id = ra.person_id"
                                + " where a.username = ? and ra.role = 'MUNICIPAL_COORDINATOR' and ra.revoked_at is null limit 1")
                .param(DemoAccounts.COORDINATOR)
                .query(Long.class)
                .single();
        HttpResponse<String> saved = coordinator.post(
                "/roadmaps/new",
                Map.of(
                        "ownerUnitId",
                        String.valueOf(municipality),
                        "title",
                        "Role words of a municipality",
                        "periodFrom",
                        today.minusDays(30).toString(),
                        "periodTo",
                        today.plusDays(300).toString(),
                        "table",
                        "| № | Мероприятие | Срок | Ответственный |\n| 1.1 | Совет | " + date + " | Куратор |\n",
                        "action",
                        "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        long municipal = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(linked(municipal, 1)).isEmpty();
    }

    private List<Long> linked(long roadmapId, int position) {
        return jdbc.sql("select person_id from roadmap_line_person where roadmap_id = ? and position = ?")
                .params(roadmapId, position)
                .query(Long.class)
                .list();
    }

    private long roadmaps() {
        return jdbc.sql("select count(*) from roadmap").query(Long.class).single();
    }

    private static String mappedHeader(String page) {
        Matcher mapped = MAPPED_HEADER.matcher(page);
        assertThat(mapped.find()).isTrue();
        return unescape(mapped.group(1).replace("&#9;", "\t"));
    }

    private static String value(String page, String field) {
        Matcher value = Pattern.compile(
                        "name=\"" + field + "\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"" + field + "\"")
                .matcher(page);
        assertThat(value.find()).as(field).isTrue();
        return value.group(1) != null ? value.group(1) : value.group(2);
    }

    /** The choice of the column with this number (from 1) in the preview's mapping. */
    private static String select(String page, int column) {
        Matcher select = Pattern.compile("<select[^>]*id=\"mapping-" + column + "\".*?</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as("the choice of column %d", column).isTrue();
        return select.group();
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(name, value);
        return all;
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.forLanguageTag("ru"));
    }

    private static String html(String text) {
        return org.nastavnik.people.StaffImports.html(text);
    }

    private static String unescape(String html) {
        return HtmlUtils.htmlUnescape(html);
    }
}
