package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class StaffImportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void curatorFixesTheRowTheReportNamesAndThenTheWholeFileIsSaved() throws IOException {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);
        List<List<Object>> rows = StaffWorkbooks.rows(3, 101);
        Object goodEmail = rows.get(1).get(StaffColumn.EMAIL.ordinal());
        rows.get(1).set(StaffColumn.EMAIL.ordinal(), "ivanova.at.school5");
        long staffBefore = staff(school);
        long auditBefore = auditRecords();

        String report = StaffImports.importFile(curator, school, StaffWorkbooks.write(StaffWorkbooks.headers(), rows));

        assertThat(report).contains("id=\"import-rejected\"", text("import.rejected", 1));
        assertThat(report).contains("<td>3</td>", "ivanova.at.school5", text("Email"));
        assertThat(staff(school)).isEqualTo(staffBefore);
        assertThat(auditRecords()).isEqualTo(auditBefore);

        rows.get(1).set(StaffColumn.EMAIL.ordinal(), goodEmail);
        String saved = StaffImports.importFile(curator, school, StaffWorkbooks.write(StaffWorkbooks.headers(), rows));

        assertThat(saved).contains("id=\"import-saved\"", text("people.import.saved", 3));
        assertThat(staff(school)).isEqualTo(staffBefore + 3);
        String lastName = (String) rows.get(1).get(StaffColumn.LAST_NAME.ordinal());
        String list = curator.get("/people?q=" + java.net.URLEncoder.encode(lastName, StandardCharsets.UTF_8))
                .body();
        assertThat(list).contains(StaffImports.html(lastName)).contains(text("people.found", 1));
        assertThat(jdbc.sql("select email, snils, search_text, sort_key from person where email = ?")
                        .param(goodEmail)
                        .query()
                        .singleRow())
                .containsEntry("snils", StaffWorkbooks.snils(1, 101))
                .containsEntry(
                        "search_text",
                        RussianText.normalize(lastName + " " + rows.get(1).get(1) + " "
                                + rows.get(1).get(2)))
                .containsEntry(
                        "sort_key",
                        RussianText.normalize(lastName + " " + rows.get(1).get(1) + " "
                                + rows.get(1).get(2)));
        assertThat(jdbc.sql("select entity_type, action, entity_id, after_json from audit_log where id > ?")
                        .param(auditBefore)
                        .query()
                        .listOfRows())
                .singleElement()
                .satisfies(audit -> {
                    assertThat(audit).containsEntry("entity_type", "import").containsEntry("entity_id", school);
                    assertThat((String) audit.get("after_json")).contains("\"persons\":3");
                });
    }

    @Test
    void refusesPeopleAlreadyInTheDatabaseAndRepeatedRowsSavingNothing() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);
        assertThat(StaffImports.importFile(curator, school, StaffWorkbooks.valid(2, 102)))
                .contains("id=\"import-saved\"");
        List<List<Object>> rows = StaffWorkbooks.rows(4, 102);
        rows.get(3).set(StaffColumn.SNILS.ordinal(), StaffWorkbooks.snils(50, 102));
        rows.get(3).set(StaffColumn.EMAIL.ordinal(), StaffWorkbooks.email(2, 102));
        long staffBefore = staff(school);

        String report = StaffImports.importFile(curator, school, StaffWorkbooks.write(StaffWorkbooks.headers(), rows));

        List<List<Object>> saved = StaffWorkbooks.rows(2, 102);
        assertThat(report)
                .contains(text("people.import.duplicate.snils", shortName(saved.get(0))))
                .contains(text("people.import.duplicate.email", shortName(saved.get(1))))
                .contains(text("people.import.duplicate.lastName", shortName(saved.get(0))))
                .contains(text("people.import.duplicateInFile", 4));
        assertThat(staff(school)).isEqualTo(staffBefore);
    }

    @Test
    void namesEveryRowOfPeopleAlreadySavedWhenTheFileHasNoOtherProblem() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);
        assertThat(StaffImports.importFile(curator, school, StaffWorkbooks.valid(3, 120)))
                .contains("id=\"import-saved\"");
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        assertThat(StaffImports.importFile(
                        other, StaffImports.editableOrganization(other), StaffWorkbooks.valid(1, 122)))
                .contains("id=\"import-saved\"");
        List<List<Object>> saved = StaffWorkbooks.rows(3, 120);
        List<List<Object>> rows = StaffWorkbooks.rows(5, 121);
        rows.get(1).set(StaffColumn.SNILS.ordinal(), StaffWorkbooks.snils(0, 120));
        rows.get(2).set(StaffColumn.SNILS.ordinal(), StaffWorkbooks.snils(0, 122));
        rows.get(3).set(StaffColumn.EMAIL.ordinal(), StaffWorkbooks.email(1, 120));
        for (StaffColumn same : List.of(
                StaffColumn.LAST_NAME, StaffColumn.FIRST_NAME, StaffColumn.MIDDLE_NAME, StaffColumn.BIRTH_DATE)) {
            rows.get(4).set(same.ordinal(), saved.get(2).get(same.ordinal()));
        }
        long staffBefore = staff(school);

        // the unique indexes refuse the file's COPY; the report still names each row and its reason
        String report = StaffImports.importFile(curator, school, StaffWorkbooks.write(StaffWorkbooks.headers(), rows));

        // named when the curator may see them; a person of another school is not named
        assertThat(report)
                .contains("id=\"import-rejected\"", text("import.rejected", 4))
                .contains("<td>3</td>", "<td>4</td>", "<td>5</td>", "<td>6</td>")
                .contains(text("people.import.duplicate.snils", shortName(saved.get(0))))
                .contains(text("people.import.duplicate.snils.elsewhere"))
                .contains(text("people.import.duplicate.email", shortName(saved.get(1))))
                .contains(text("people.import.duplicate.lastName", shortName(saved.get(2))))
                .doesNotContain(shortName(StaffWorkbooks.rows(1, 122).get(0)))
                .doesNotContain(text("people.import.changedMeanwhile"));
        assertThat(staff(school)).isEqualTo(staffBefore);

        assertThat(StaffImports.importFile(curator, school, StaffWorkbooks.valid(5, 121)))
                .contains("id=\"import-saved\"", text("people.import.saved", 5));
        assertThat(staff(school)).isEqualTo(staffBefore + 5);
    }

    @Test
    void reportIsDownloadableAsASpreadsheet() throws IOException {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);
        List<List<Object>> rows = StaffWorkbooks.rows(2, 103);
        rows.get(0).set(StaffColumn.POSITION.ordinal(), "=HYPERLINK(\"http://evil.example\",\"x\")");

        String path = StaffImports.jobPath(
                curator, school, StaffWorkbooks.write(StaffWorkbooks.headers(), rows), "staff.xlsx");
        StaffImports.awaitFinished(curator, path);
        HttpResponse<byte[]> report = curator.download(path + "/report.xlsx");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(report.body()));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            List<Row> lines = sheet.toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1).getCellText(0)).isEqualTo("2");
            assertThat(lines.get(1).getCellText(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        }
    }

    @Test
    void explainsInRussianWhyAFileIsNotASpreadsheet() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);

        String csv = StaffImports.importFile(curator, school, "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(csv).contains(text("upload.xlsx.wrongFormat")).doesNotContain("Exception");
        assertThat(StaffImports.importFile(curator, school, new byte[0])).contains(text("people.import.fileRequired"));
    }

    @Test
    void refusesAFileOverTenMegabytesWithARussianMessageNotAnErrorPage() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);
        byte[] huge = new byte[Uploads.MAX_FILE_BYTES + 1024];

        HttpResponse<String> withHtmx = curator.uploadWithHtmx(
                "/people/import", Map.of("org", String.valueOf(school)), "file", "huge.xlsx", huge);

        assertThat(withHtmx.statusCode()).isEqualTo(200);
        assertThat(withHtmx.body())
                .contains("id=\"import-error\"", text("import.file.tooLarge", 10))
                .contains("name=\"file\"");
    }

    @Test
    void startsAnImportPostedWithHtmxAndOpensItsPage() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);

        HttpResponse<String> started = curator.uploadWithHtmx(
                "/people/import",
                Map.of("org", String.valueOf(school)),
                "file",
                "a.xlsx",
                StaffWorkbooks.valid(2, 108));

        assertThat(started.statusCode()).isEqualTo(200);
        String job = started.headers().firstValue("HX-Redirect").orElseThrow();
        assertThat(StaffImports.awaitFinished(curator, job))
                .contains("id=\"import-saved\"", text("people.import.saved", 2));
    }

    @Test
    void curatorOfAnotherSchoolCannotImportIntoItNorSeeItsJobs() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        long school = StaffImports.editableOrganization(curator);
        String job = StaffImports.jobPath(curator, school, StaffWorkbooks.valid(1, 104), "one.xlsx");
        other.get("/people/import");

        HttpResponse<String> upload = other.upload(
                "/people/import",
                Map.of("org", String.valueOf(school)),
                "file",
                "x.xlsx",
                StaffWorkbooks.valid(1, 105));

        assertThat(upload.statusCode()).isEqualTo(404);
        assertThat(other.get(job).statusCode()).isEqualTo(404);
        assertThat(other.download(job + "/report.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    void idsOfImportedPeopleDoNotCollideWithThoseHibernateHandsOut() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);
        long before = createThroughTheForm(curator, school, 0);

        assertThat(StaffImports.importFile(curator, school, StaffWorkbooks.valid(3, 106)))
                .contains("id=\"import-saved\"");
        long drawn =
                jdbc.sql("select last_value from person_seq").query(Long.class).single();
        long after = createThroughTheForm(curator, school, 1);

        List<Long> imported = jdbc.sql("select id from person where email like ?")
                .param("staff-106-%")
                .query(Long.class)
                .list();
        // Like Hibernate's pooled optimizer, a drawn value v stands for the ids v-49 … v: all at
        // most the last value drawn (the other reading, v … v+49, would take Hibernate's next block).
        assertThat(imported).hasSize(3).allSatisfy(id -> assertThat(id).isBetween(drawn - 49, drawn));
        assertThat(imported).doesNotContain(before, after);
        assertThat(after).isNotEqualTo(before);
    }

    /** Creates a person of the seed 107 through the person form; the new person's id. */
    private long createThroughTheForm(WebSession session, long school, int i) {
        List<Object> row = StaffWorkbooks.rows(i + 1, 107).get(i);
        session.get("/people/new");
        HttpResponse<String> created = session.post(
                "/people/new",
                Map.of(
                        "lastName",
                        (String) row.get(StaffColumn.LAST_NAME.ordinal()),
                        "firstName",
                        (String) row.get(StaffColumn.FIRST_NAME.ordinal()),
                        "email",
                        StaffWorkbooks.email(i, 107),
                        "organizationId",
                        String.valueOf(school),
                        "positionId",
                        "1",
                        "version",
                        "0"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** «Фамилия И. О.» of a row of a staff file, as pages show people. */
    private static String shortName(List<Object> row) {
        String middle = (String) row.get(StaffColumn.MIDDLE_NAME.ordinal());
        return row.get(StaffColumn.LAST_NAME.ordinal()) + " "
                + ((String) row.get(StaffColumn.FIRST_NAME.ordinal())).charAt(0) + "."
                + (middle == null || middle.isEmpty() ? "" : " " + middle.charAt(0) + ".");
    }

    private long staff(long organization) {
        return jdbc.sql("select count(*) from employment where organization_id = ?")
                .param(organization)
                .query(Long.class)
                .single();
    }

    private long auditRecords() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log")
                .query(Long.class)
                .single();
    }

    private String text(String code, Object... arguments) {
        return StaffImports.html(messages.getMessage(code, arguments, RussianText.RU));
    }
}
