package org.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.AcademicYear;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BankImportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void curatorImportsMentorsFromTheTemplateAndAReimportReplacesThem() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String byEmail = Fixtures.uniqueLastName("Importemail");
        String byBirth = Fixtures.uniqueLastName("Importbirth");
        newTeacher(byEmail);
        newTeacher(byBirth);
        String competency = name("COMPETENCY", 0);
        List<String> headers = templateHeaders(curator, "mentors");

        Map<String, Object> first = new LinkedHashMap<>();
        first.put("LAST_NAME", byEmail);
        first.put("FIRST_NAME", "Anna");
        first.put("EMAIL", byEmail.toLowerCase(Locale.ROOT) + "@school.test");
        first.put("COMPETENCIES", competency + "; ");
        first.put("CAPACITY", 2);
        first.put("NETWORK", "Да");
        first.put("FORMATS", "очно, дистанционно");
        first.put("CONSENT_ON", LocalDate.now().minusDays(3));
        first.put("CONSENT_DOCUMENT", "Заявление № 3");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("LAST_NAME", byBirth.toUpperCase(Locale.ROOT));
        second.put("FIRST_NAME", "anna");
        second.put("MIDDLE_NAME", "Petrovna");
        second.put("BIRTH_DATE", "15.03.2001");
        second.put("STATUS", "приостановлено");
        String page = upload(curator, "mentors", school, sheet(headers, List.of(first, second)));

        assertThat(page).contains(text("bank.import.saved", 2, 2, 0));
        Map<String, Object> stored = profile(byEmail);
        assertThat(stored).containsEntry("capacity", 2).containsEntry("network_available", true);
        assertThat(stored.get("confirmed_year"))
                .isEqualTo(AcademicYear.of(LocalDate.now()).startYear());
        Map<String, Object> paused = profile(byBirth);
        assertThat(paused).containsEntry("status", "PAUSED");
        assertThat(paused.get("capacity")).as("the municipality's default").isEqualTo(3);

        first.put("CAPACITY", 4);
        String again = upload(curator, "mentors", school, sheet(headers, List.of(first, second)));
        assertThat(again).contains(text("bank.import.saved", 2, 0, 2));
        assertThat(profile(byEmail)).containsEntry("capacity", 4).containsEntry("version", 1L);
    }

    @Test
    void aFileWithMistakesSavesNothingAndTheReportNamesEveryOne() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String good = Fixtures.uniqueLastName("Goodrow");
        String wrong = Fixtures.uniqueLastName("Wrongrow");
        newTeacher(good);
        newTeacher(wrong);
        List<String> headers = templateHeaders(curator, "mentors");
        Map<String, Object> fine = row(good, "CAPACITY", 1, "CONSENT_ON", "01.09.2025", "CONSENT_DOCUMENT", "№ 1");
        Map<String, Object> broken =
                row(wrong, "CAPACITY", 31, "COMPETENCIES", "Жонглирование", "FORMATS", "телепатия");
        Map<String, Object> stranger = row("Nobodyknows", "CAPACITY", 1);
        String page = upload(curator, "mentors", school, sheet(headers, List.of(fine, broken, fine, stranger)));

        assertThat(page)
                .contains("id=\"import-rejected\"")
                .contains(html(text("import.number.range", 0, 30)))
                .contains(html(text("bank.import.reference.unknown", "Жонглирование")))
                .contains(html(text("bank.import.word.unknown", "телепатия")))
                .contains(html(text("bank.consent.required")))
                .contains(html(text("bank.import.duplicateInFile", 2)))
                .contains(html(text("bank.import.person.NOT_FOUND")));
        assertThat(jdbc.sql("select count(*) from mentor_profile b join person p on p.id = b.person_id"
                                + " where p.last_name in (?, ?)")
                        .params(good, wrong)
                        .query(Integer.class)
                        .single())
                .as("nothing saved, not even the good row")
                .isZero();
        HttpResponse<byte[]> report = curator.download("/bank/import/report.xlsx");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(rows(report.body())).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void theCoordinatorImportsMenteesIntoTheMunicipalityNamingEachOrganization() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String schoolName = jdbc.sql("select short_name from unit where id = ?")
                .param(school)
                .query(String.class)
                .single();
        long municipality = jdbc.sql("select parent_id from unit where id = ?")
                .param(school)
                .query(Long.class)
                .single();
        String named = Fixtures.uniqueLastName("Menteenamed");
        String unnamed = Fixtures.uniqueLastName("Menteeunnamed");
        newTeacher(named);
        newTeacher(unnamed);
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        List<String> headers = templateHeaders(coordinator, "mentees");
        String deficit = name("DEFICIT", 0);
        Map<String, Object> withSchool = row(
                named,
                "ORGANIZATION",
                schoolName,
                "CATEGORY",
                text("bank.category.YOUNG_SPECIALIST"),
                "DEFICITS",
                deficit + " (3)",
                "STATUS",
                "приостановлено");
        Map<String, Object> without = row(unnamed, "CATEGORY", "молодой педагог", "STATUS", "приостановлено");

        Api.Response refused = importApi(
                DemoAccounts.COORDINATOR, "mentees", municipality, sheet(headers, List.of(withSchool, without)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains(text("bank.import.organization.required"));

        without.put("ORGANIZATION", schoolName);
        Api.Response saved = importApi(
                DemoAccounts.COORDINATOR, "mentees", municipality, sheet(headers, List.of(withSchool, without)));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().path("created").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("select d.level from mentee_deficit d join mentee_profile m on m.id = d.profile_id"
                                + " join person p on p.id = m.person_id where p.last_name = ?")
                        .param(named)
                        .query(Integer.class)
                        .list())
                .containsExactly(3);
    }

    @Test
    void anotherSchoolsCuratorCannotImportHereAndAWrongFileIsRefusedWithAReason() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        byte[] csv = "Фамилия;Имя\nИванов;Иван\n".getBytes(StandardCharsets.UTF_8);
        assertThat(importApi(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL, "mentors", school, csv)
                        .status())
                .isEqualTo(404);
        Api.Response wrong = importApi(DemoAccounts.CURATOR, "mentors", school, csv);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.text()).contains(text("upload.xlsx.wrongFormat"));
        Api.Response missing = importApi(DemoAccounts.CURATOR, "mentors", null, csv);
        assertThat(missing.status()).isEqualTo(400);
    }

    private Api.Response importApi(String email, String bank, Long unit, byte[] file) {
        Map<String, String> form = unit == null ? Map.of() : Map.of("unitId", String.valueOf(unit));
        return new Api.Response(
                WebSession.apiUpload(port, "/api/v1/" + bank + "/import", email, form, "bank.xlsx", file));
    }

    private String upload(WebSession session, String bank, long unit, byte[] file) {
        session.get("/bank/import");
        HttpResponse<String> response = session.upload(
                "/bank/import", Map.of("bank", bank, "unit", String.valueOf(unit)), "file", "bank.xlsx", file);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Map<String, Object> row(String lastName, Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("LAST_NAME", lastName);
        row.put("FIRST_NAME", "Anna");
        row.put("EMAIL", lastName.toLowerCase(Locale.ROOT) + "@school.test");
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /** The template's header row, downloaded as a user would. */
    private List<String> templateHeaders(WebSession session, String bank) {
        HttpResponse<byte[]> template = session.download("/bank/import/template/" + bank + ".xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        return rows(template.body()).get(0);
    }

    private byte[] sheet(List<String> headers, List<Map<String, Object>> rows) {
        return BankFiles.sheet(headers, rows, column -> text("bank.import.column." + column));
    }

    private static List<List<String>> rows(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.toString()));
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newTeacher(String lastName) {
        Api.Response created = Api.as(port, DemoAccounts.CURATOR)
                .post(
                        "/api/v1/people",
                        Fixtures.youngTeacher(Fixtures.ownOrganization(port, DemoAccounts.CURATOR), lastName));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private Map<String, Object> profile(String lastName) {
        return jdbc.sql("select b.* from mentor_profile b join person p on p.id = b.person_id where p.last_name = ?")
                .param(lastName)
                .query()
                .singleRow();
    }

    private String name(String kind, int index) {
        return jdbc.sql("select name from catalog_entry where kind = ? and not archived order by position")
                .param(kind)
                .query(String.class)
                .list()
                .get(index);
    }

    private static String html(String text) {
        return text.replace("\"", "&quot;");
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.forLanguageTag("ru"));
    }
}
