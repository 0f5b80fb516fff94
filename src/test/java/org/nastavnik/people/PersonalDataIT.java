package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nastavnik.people.PeopleFixtures.teacher;
import static org.nastavnik.people.PeopleFixtures.uniqueSurname;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.AuditEntry;
import org.nastavnik.access.AuditTrail;
import org.nastavnik.access.Role;
import org.nastavnik.common.RussianText;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PersonalDataIT {

    private static final String PURPOSE = "Mentorship programme of the school";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccessService access;

    @Autowired
    DestructionJournalRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Test
    void curatorRecordsAConsentExportsThePersonAndAnonymizesThemOnRequest() throws IOException {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String surname = uniqueSurname("Subektova");
        long id = teacher(curator, surname);
        String card = "/people/" + id;

        curator.get(card + "/consents/new");
        HttpResponse<String> future =
                curator.post(card + "/consents/new", consent(LocalDate.now().plusDays(1)));
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(future.body()).contains(message("consent.givenOn.future"));
        assertThat(curator.get(card).body()).doesNotContain(PURPOSE);
        assertThat(curator.post(card + "/consents/new", consent(LocalDate.of(2025, 9, 1)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(curator.get(card).body()).contains(PURPOSE);

        HttpResponse<byte[]> json = curator.download(card + "/export.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(new String(json.body(), StandardCharsets.UTF_8))
                .contains(surname)
                .contains(PURPOSE)
                .contains("\"employments\"")
                .contains("\"roles\"");

        HttpResponse<byte[]> xlsx = curator.download(card + "/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith('P', 'K');
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet person = workbook.findSheet(message("export.section.person")).orElseThrow();
            List<Row> rows = person.read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo(message("export.field.lastName"));
            assertThat(rows.get(1).getCellText(0)).isEqualTo(surname);
            assertThat(workbook.findSheet(message("export.section.consents"))).isPresent();
        }

        curator.get(card + "/anonymize");
        HttpResponse<String> unconfirmed =
                curator.post(card + "/anonymize", Map.of("reason", "Application No. 15", "version", "0"));
        assertThat(unconfirmed.statusCode()).isEqualTo(200);
        assertThat(unconfirmed.body()).contains(message("NotNull.confirmed"));
        assertThat(curator.get(card).body()).contains(surname);

        HttpResponse<String> anonymized = curator.post(
                card + "/anonymize", Map.of("reason", "Application No. 15", "confirmed", "true", "version", "0"));
        assertThat(anonymized.statusCode()).isEqualTo(302);

        String after = curator.get(card).body();
        assertThat(after)
                .contains(message("people.anonymized").replace(" {0}", ""))
                .doesNotContain(surname);
        assertThat(curator.get("/people?q=" + surname).body()).contains(message("people.nothingFound"));
        assertThat(curator.get("/personal-data/destructions").body())
                .contains(surname)
                .contains("Application No. 15");
        assertThat(audit.of("person", id)).extracting(AuditEntry::action).contains("create", "export", "anonymize");
        assertThat(curator.download(card + "/export.json").body()).asString().doesNotContain(surname);
    }

    @Test
    void curatorOfAnotherSchoolGets404OnThePersonalDataOfThisSchoolsPerson() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        long id = teacher(curator, uniqueSurname("Zashchishchennaya"));
        other.get("/people");

        assertThat(other.download("/people/" + id + "/export.json").statusCode())
                .isEqualTo(404);
        assertThat(other.download("/people/" + id + "/export.xlsx").statusCode())
                .isEqualTo(404);
        assertThat(other.get("/people/" + id + "/consents/new").statusCode()).isEqualTo(404);
        HttpResponse<String> anonymize =
                other.post("/people/" + id + "/anonymize", Map.of("reason", "x", "confirmed", "true", "version", "0"));
        assertThat(anonymize.statusCode()).isEqualTo(404);
        assertThat(curator.get("/people/" + id).body())
                .doesNotContain(message("people.anonymized").replace(" {0}", ""));
    }

    @Test
    void psychologistWhoNeverManagesPersonalDataIsForbiddenToExport() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession psychologist = WebSession.signIn(port, DemoAccounts.PSYCHOLOGIST);
        long id = teacher(curator, uniqueSurname("Psikhologicheskaya"));

        assertThat(psychologist.get("/people/" + id).body()).doesNotContain("export.json");
        assertThat(psychologist.download("/people/" + id + "/export.json").statusCode())
                .isEqualTo(403);
        assertThat(psychologist.get("/personal-data/destructions").statusCode()).isEqualTo(403);
    }

    @Test
    void aConsentIsWithdrawnOnADateNotBeforeItWasGiven() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = teacher(curator, uniqueSurname("Otzyvova"));
        curator.get("/people/" + id + "/consents/new");
        curator.post("/people/" + id + "/consents/new", consent(LocalDate.of(2025, 9, 1)));
        Matcher withdraw = Pattern.compile("/people/" + id + "/consents/(\\d+)/withdraw")
                .matcher(curator.get("/people/" + id).body());
        assertThat(withdraw.find()).isTrue();

        curator.get(withdraw.group());
        HttpResponse<String> early = curator.post(withdraw.group(), Map.of("withdrawnOn", "2025-08-01"));
        assertThat(early.body()).contains(message("consent.withdrawnOn.beforeGiven"));

        assertThat(curator.post(withdraw.group(), Map.of("withdrawnOn", "2026-01-15"))
                        .statusCode())
                .isEqualTo(302);
        String card = curator.get("/people/" + id).body();
        assertThat(card).contains("15.01.2026").doesNotContain(withdraw.group());
        assertThat(audit.of("consent", Long.parseLong(withdraw.group(1))))
                .extracting(AuditEntry::action)
                .containsExactly("withdraw", "create");
    }

    @Test
    void anAnonymizedPersonCanNoLongerSignInAndTheirRolesAreRevoked() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String surname = uniqueSurname("Uchetnaya");
        long id = teacher(curator, surname);
        String email = surname.toLowerCase() + "@example.org";
        long school = PeopleFixtures.firstEditableOrganization(curator);
        AccessService.asSystem(() -> {
            access.createAccount(id, email, DemoAccounts.PASSWORD);
            access.grant(id, Role.MENTEE, school);
        });
        WebSession.signIn(port, email);
        assertThat(new String(curator.download("/people/" + id + "/export.json").body(), StandardCharsets.UTF_8))
                .contains(email)
                .contains("MENTEE");

        curator.get("/people/" + id + "/anonymize");
        assertThat(curator.post(
                                "/people/" + id + "/anonymize",
                                Map.of("reason", "Application", "confirmed", "true", "version", "0"))
                        .statusCode())
                .isEqualTo(302);

        assertThatThrownBy(() -> WebSession.signIn(port, email)).isInstanceOf(IllegalStateException.class);
        assertThat(access.roles(id)).isEmpty();
        assertThat(curator.get("/personal-data/destructions").body())
                .contains(message("personalData.category.account"));
    }

    @Test
    void journalLinesAreDeletedWhenTheirThreeYearsHavePassed() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String expired = uniqueSurname("Staraya");
        String fresh = uniqueSurname("Svezhaya");
        for (String surname : List.of(expired, fresh)) {
            long id = teacher(curator, surname);
            curator.get("/people/" + id + "/anonymize");
            curator.post(
                    "/people/" + id + "/anonymize", Map.of("reason", "Request", "confirmed", "true", "version", "0"));
        }
        jdbc.sql("update destruction_record set destroyed_on = current_date - interval '3 years 1 day',"
                        + " keep_until = current_date - interval '1 day' where person_label like ?")
                .param(expired + "%")
                .update();

        assertThat(retention.purgeExpired()).isGreaterThanOrEqualTo(1);

        String journal = curator.get("/personal-data/destructions").body();
        assertThat(journal).doesNotContain(expired).contains(fresh);
    }

    private static Map<String, String> consent(LocalDate givenOn) {
        return Map.of("purpose", PURPOSE, "givenOn", givenOn.toString(), "basisDocument", "Application of 2025");
    }

    private String message(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
