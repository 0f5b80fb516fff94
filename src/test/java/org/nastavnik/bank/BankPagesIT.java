package org.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

@IntegrationTest
class BankPagesIT {

    private static final String REGION_TOTP = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void curatorAddsAMenteeWithDeficitsAndFindsThemByADeficit() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long person = newTeacher("Menteeva");
        List<Long> deficits = deficits();
        String form = curator.get("/bank/mentees/new?person=" + person).body();
        assertThat(form)
                .as("three years of experience or less: suggested as a young specialist")
                .contains("value=\"YOUNG_SPECIALIST\" selected");

        Map<String, String> fields = new LinkedHashMap<>(consented());
        fields.put("organizationId", String.valueOf(Fixtures.ownOrganization(port, DemoAccounts.CURATOR)));
        fields.put("category", "YOUNG_SPECIALIST");
        fields.put("version", "0");
        fields.put("requestText", "Дисциплина на уроках в 5 классе");
        fields.put("level." + deficits.get(0), "3");
        fields.put("source." + deficits.get(0), "OBSERVATION");
        fields.put("level." + deficits.get(1), "1");
        HttpResponse<String> saved = curator.post("/bank/mentees/new?person=" + person, fields);

        assertThat(saved.statusCode()).isEqualTo(302);
        String profile = curator.get(location(saved)).body();
        assertThat(profile).contains(text("bank.source.OBSERVATION"), text("bank.level.3"), "Дисциплина на уроках");
        assertThat(curator.get("/bank/mentees?deficit=" + deficits.get(0)).body())
                .contains("Menteeva");
        assertThat(curator.get("/bank/mentees?deficit=" + deficits.get(2)).body())
                .doesNotContain("Menteeva");
        assertThat(curator.get("/bank/mentees/deficits").body()).contains(deficitName(deficits.get(0)));
        List<String> exported = sheetNames(curator.download("/bank/mentees/export.xlsx?deficit=" + deficits.get(0)));
        assertThat(exported).anyMatch(name -> name.startsWith("Menteeva"));
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        assertThat(sheetNames(WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .download("/bank/mentees/export.xlsx?org=" + school)))
                .as("another school's curator exports nobody of this school")
                .isEmpty();
        assertThat(curator.get("/bank/mentees/new?person=" + person).statusCode())
                .isEqualTo(200);
        HttpResponse<String> again = curator.post("/bank/mentees/new?person=" + person, fields);
        assertThat(again.body()).contains(text("bank.mentee.exists"));
    }

    @Test
    void anActiveProfileWithoutConsentOrWithTooManyMenteesIsRefusedWithEveryMessageAndNothingSaved() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long person = newTeacher("Noconsent");
        Map<String, String> fields = Map.of(
                "organizationId", String.valueOf(Fixtures.ownOrganization(port, DemoAccounts.CURATOR)),
                "capacity", "31",
                "status", "ACTIVE",
                "version", "0");

        HttpResponse<String> refused = curator.post("/bank/mentors/new?person=" + person, fields);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        text("bank.consent.required"),
                        text("bank.consent.documentRequired"),
                        text("bank.capacity.range"),
                        text("bank.formats.required"));
        assertThat(jdbc.sql("select count(*) from mentor_profile where person_id = ?")
                        .param(person)
                        .query(Long.class)
                        .single())
                .isZero();
        Api.Response api = Api.as(port, DemoAccounts.CURATOR)
                .post(
                        "/api/v1/mentors",
                        Map.of(
                                "personId",
                                person,
                                "organizationId",
                                Fixtures.ownOrganization(port, DemoAccounts.CURATOR),
                                "capacity",
                                -1,
                                "status",
                                "ACTIVE",
                                "formats",
                                List.of("REMOTE")));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.fieldMessage("capacity")).isEqualTo(text("bank.capacity.range"));
        assertThat(api.fieldMessage("consentOn")).isEqualTo(text("bank.consent.required"));
    }

    @Test
    void theCuratorConfirmsManyAtOnceAndTheCoordinatorSelectsANomineeIntoTheMunicipalBank() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long first = mentor(newTeacher("Firstmentor"));
        long second = mentor(newTeacher("Secondmentor"));
        jdbc.sql("update mentor_profile set confirmed_year = null where id in (?, ?)")
                .params(first, second)
                .update();
        assertThat(curator.get("/bank/mentors?confirmed=false").body()).contains("Firstmentor", "Secondmentor");
        assertThat(curator.get("/").body())
                .as("the home page counts what is not confirmed and the days to the deadline")
                .contains("id=\"bank-confirmation\"");

        HttpResponse<String> confirmed =
                curator.post("/bank/mentors/confirm", Map.of("ids", first + "," + second, "back", "/bank/mentors"));

        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(curator.get("/bank/mentors?confirmed=false").body()).doesNotContain("Firstmentor", "Secondmentor");

        assertThat(curator.post("/bank/mentors/" + first + "/contest/municipal/nominate", Map.of())
                        .statusCode())
                .isEqualTo(302);
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);
        assertThat(head.post("/bank/mentors/" + first + "/contest/municipal/decision", decision())
                        .statusCode())
                .as("the school's head does not decide the municipal contest")
                .isEqualTo(403);
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        assertThat(coordinator.get("/bank/mentors?contest=NOMINATED").body()).contains("Firstmentor");
        HttpResponse<String> early = coordinator.post(
                "/bank/mentors/" + first + "/contest/municipal/decision",
                Map.of("selected", "true", "decidedOn", "2000-01-01"));
        assertThat(early.body()).contains(text("bank.contest.protocolRequired"));

        assertThat(coordinator
                        .post("/bank/mentors/" + first + "/contest/municipal/decision", decision())
                        .statusCode())
                .isEqualTo(302);
        assertThat(coordinator.get("/bank/mentors?contest=SELECTED").body())
                .contains("Firstmentor")
                .doesNotContain("Secondmentor");
        assertThat(coordinator.get("/bank/mentors/" + first).body()).contains("17-к");
    }

    @Test
    void theMunicipalityNominatesAMentorOfItsBankToTheRegionWhoseCommissionSelectsThem() {
        long id = mentor(newTeacher("Regionmentor"));
        String mentor = "/bank/mentors/" + id;
        String api = "/api/v1/mentors/" + id + "/contest/";
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        Api coordinator = Api.as(port, DemoAccounts.COORDINATOR);
        assertThat(curator.post(mentor + "/contest/municipal/nominate", Map.of())
                        .statusCode())
                .isEqualTo(302);

        Api.Response early = coordinator.post(api + "region/nomination", Map.of());
        assertThat(early.status()).as(early.text()).isEqualTo(422);
        assertThat(early.text()).contains(text("bank.contest.region.notSelected"));

        assertThat(coordinator.post(api + "municipal/decision", decision()).status())
                .isEqualTo(200);
        assertThat(curator.post(mentor + "/contest/region/nominate", Map.of()).statusCode())
                .as("a school does not nominate to the region")
                .isEqualTo(403);
        Api.Response nominated = coordinator.post(api + "region/nomination", Map.of());
        assertThat(nominated.status()).as(nominated.text()).isEqualTo(200);
        assertThat(nominated.json().path("regional").path("status").asString()).isEqualTo("NOMINATED");
        assertThat(coordinator.post(api + "region/nomination", Map.of()).text()).contains(text("bank.contest.already"));
        assertThat(coordinator.post(api + "region/decision", decision()).status())
                .as("the municipality does not decide the region's contest")
                .isEqualTo(403);
        Map<String, String> rejected = new LinkedHashMap<>(decision());
        rejected.put("selected", "false");
        assertThat(coordinator.post(api + "municipal/decision", rejected).text())
                .as("the municipal decision holds while the region considers the mentor")
                .contains(text("bank.contest.region.holds"));

        jdbc.sql("update account set totp_secret = ? where username = ?")
                .params(REGION_TOTP, DemoAccounts.REGION_OPERATOR)
                .update();
        WebSession region = WebSession.signInWithSecondFactor(port, DemoAccounts.REGION_OPERATOR, REGION_TOTP);
        assertThat(region.get("/").body()).contains("id=\"bank-contest\"");
        assertThat(region.get("/bank/mentors?region=NOMINATED").body()).contains("Regionmentor");
        assertThat(region.get(mentor).body())
                .as("the regional operator records the region's decision, not the municipality's")
                .contains("/contest/region/decision")
                .doesNotContain("/contest/municipal/decision");
        Map<String, String> selected = new LinkedHashMap<>(decision());
        selected.put("protocol", "Р-3");
        assertThat(region.post(mentor + "/contest/region/decision", selected).statusCode())
                .isEqualTo(302);

        assertThat(region.get("/bank/mentors?region=SELECTED").body()).contains("Regionmentor");
        assertThat(curator.get(mentor).body())
                .contains(text("bank.contest.region.SELECTED"))
                .contains("Р-3")
                .contains("17-к");
    }

    @Test
    void theMenteeFillsTheirOwnSelfAssessmentAndNothingElse() {
        long mentee = jdbc.sql("select person_id from account where username = ?")
                .param(DemoAccounts.MENTEE)
                .query(Long.class)
                .single();
        long id = jdbc.sql("select id from mentee_profile where person_id = ?")
                .param(mentee)
                .query(Long.class)
                .single();
        Api curatorApi = Api.as(port, DemoAccounts.CURATOR);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", "NEW_IN_ORGANIZATION");
        body.put("status", "ACTIVE");
        body.put("consentOn", LocalDate.now().minusDays(3).toString());
        body.put("consentDocument", "Заявление № 3");
        body.put("deficits", List.of(Map.of("deficitId", deficits().get(0), "source", "DIAGNOSTICS", "level", 2)));
        body.put(
                "version",
                curatorApi.get("/api/v1/mentees/" + id).json().path("version").asLong());
        Api.Response created = curatorApi.put("/api/v1/mentees/" + id, body);
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        WebSession session = WebSession.signIn(port, DemoAccounts.MENTEE);

        String checklist =
                session.get("/bank/mentees/" + id + "/self-assessment").body();
        assertThat(checklist)
                .as("the curator's mark is shown, not offered for change")
                .contains(text("bank.source.DIAGNOSTICS") + ": " + text("bank.level.2"));
        long version = created.json().path("version").asLong();
        HttpResponse<String> saved = session.post(
                "/bank/mentees/" + id + "/self-assessment",
                Map.of(
                        "version",
                        String.valueOf(version),
                        "level." + deficits().get(1),
                        "3",
                        "level." + deficits().get(0),
                        "1",
                        "requestText",
                        "Хочу научиться работать с родителями"));

        assertThat(saved.statusCode()).isEqualTo(302);
        List<String> marks = jdbc.sql("select deficit_id || ':' || source || ':' || level from mentee_deficit"
                        + " where profile_id = ? order by deficit_id")
                .param(id)
                .query(String.class)
                .list();
        assertThat(marks)
                .containsExactly(
                        deficits().get(0) + ":DIAGNOSTICS:2", deficits().get(1) + ":SELF_ASSESSMENT:3");
        assertThat(session.get("/bank/mentees/" + id).body()).contains("Хочу научиться работать с родителями");
        assertThat(session.get("/").body())
                .as("the mentee's home page leads to the self-assessment")
                .contains("/bank/mentees/" + id + "/self-assessment");
        assertThat(session.get("/bank/mentees/" + id + "/edit").statusCode()).isEqualTo(403);
        assertThat(session.get("/bank/mentees").statusCode()).isEqualTo(200);
        assertThat(WebSession.signIn(port, DemoAccounts.MENTOR)
                        .get("/bank/mentees/" + id + "/self-assessment")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void coverageCountsTheStaffIncludedInTheBanksAndRollsUpToTheMunicipality() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        JsonNode before = line(DemoAccounts.CURATOR, school);
        long teacher = newTeacher("Covered");
        JsonNode hired = line(DemoAccounts.CURATOR, school);
        assertThat(hired.path("staff").asLong()).isEqualTo(before.path("staff").asLong() + 1);
        assertThat(hired.path("included").asLong())
                .isEqualTo(before.path("included").asLong());

        mentor(teacher);

        JsonNode after = line(DemoAccounts.CURATOR, school);
        assertThat(after.path("included").asLong())
                .isEqualTo(before.path("included").asLong() + 1);
        assertThat(after.path("mentors").asLong())
                .isEqualTo(before.path("mentors").asLong() + 1);
        JsonNode lines =
                Api.as(port, DemoAccounts.COORDINATOR).get("/api/v1/coverage").json();
        long municipalityStaff = 0;
        long organizationsStaff = 0;
        for (JsonNode line : lines) {
            if (line.path("level").asString().equals("MUNICIPALITY")) {
                municipalityStaff = line.path("staff").asLong();
            } else if (line.path("level").asString().equals("ORGANIZATION")) {
                organizationsStaff += line.path("staff").asLong();
            }
        }
        assertThat(municipalityStaff).isPositive().isEqualTo(organizationsStaff);
        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR)
                        .get("/bank/coverage")
                        .body())
                .contains(
                        "id=\"coverage\"",
                        (100
                                        * after.path("included").asLong()
                                        / after.path("staff").asLong()) + "%");
    }

    @Test
    void theCoordinatorSetsTheDefaultCapacityAndTheDeadlineThatCuratorsSee() {
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        HttpResponse<String> choice = coordinator.get("/bank/settings");
        assertThat(choice.statusCode()).isEqualTo(302);
        String form = location(choice);
        String version = coordinator.get(form).body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        HttpResponse<String> impossible = coordinator.post(
                form, Map.of("defaultCapacity", "0", "deadlineDay", "31", "deadlineMonth", "2", "version", version));
        assertThat(impossible.body()).contains(text("bank.settings.capacity"), text("bank.settings.deadline"));

        HttpResponse<String> saved = coordinator.post(
                form, Map.of("defaultCapacity", "4", "deadlineDay", "25", "deadlineMonth", "5", "version", version));

        assertThat(saved.statusCode()).isEqualTo(302);
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        assertThat(curator.get("/bank/mentors/new?person=" + newTeacher("Defaultcap"))
                        .body())
                .contains("name=\"capacity\" value=\"4\"");
        String deadline = "25.05."
                + (org.nastavnik.common.AcademicYear.of(LocalDate.now()).startYear() + 1);
        assertThat(curator.get("/").body()).contains(deadline);
        assertThat(curator.get("/bank/settings").statusCode()).isEqualTo(403);
        assertThat(curator.get(form).statusCode()).isEqualTo(404);
        String next = coordinator.get(form).body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(coordinator
                        .post(
                                form,
                                Map.of(
                                        "defaultCapacity",
                                        "3",
                                        "deadlineDay",
                                        "10",
                                        "deadlineMonth",
                                        "9",
                                        "version",
                                        next))
                        .statusCode())
                .isEqualTo(302);
        assertThat(coordinator
                        .post(
                                form,
                                Map.of(
                                        "defaultCapacity",
                                        "5",
                                        "deadlineDay",
                                        "10",
                                        "deadlineMonth",
                                        "9",
                                        "version",
                                        version))
                        .body())
                .as("a stale version is refused")
                .contains(text("conflict"));
    }

    /** The first column of every row but the header. */
    private static List<String> sheetNames(HttpResponse<byte[]> download) {
        assertThat(download.statusCode()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(download.body()))) {
            List<String> names = new java.util.ArrayList<>();
            var sheet = book.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                names.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            return names;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode line(String email, long unit) {
        for (JsonNode line : Api.as(port, email).get("/api/v1/coverage").json()) {
            if (line.path("unitId").asLong() == unit) {
                return line;
            }
        }
        throw new AssertionError("no coverage line for unit " + unit);
    }

    private long newTeacher(String stem) {
        String lastName = Fixtures.uniqueLastName(stem);
        Api.Response created = Api.as(port, DemoAccounts.CURATOR)
                .post(
                        "/api/v1/people",
                        Fixtures.youngTeacher(Fixtures.ownOrganization(port, DemoAccounts.CURATOR), lastName));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private long mentor(long person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", person);
        body.put("organizationId", Fixtures.ownOrganization(port, DemoAccounts.CURATOR));
        body.put("capacity", 2);
        body.put("formats", List.of("IN_PERSON", "REMOTE"));
        body.put("status", "ACTIVE");
        body.put("consentOn", LocalDate.now().minusDays(10).toString());
        body.put("consentDocument", "Заявление № 7");
        Api.Response created = Api.as(port, DemoAccounts.CURATOR).post("/api/v1/mentors", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static Map<String, String> consented() {
        return Map.of(
                "status", "ACTIVE",
                "consentOn", LocalDate.now().minusDays(1).toString(),
                "consentDocument", "Заявление № 12");
    }

    private static Map<String, String> decision() {
        return Map.of(
                "selected", "true",
                "protocol", "17-к",
                "decidedOn", LocalDate.now().toString(),
                "comment", "Высокие результаты учеников");
    }

    private List<Long> deficits() {
        return jdbc.sql(
                        "select id from catalog_entry where kind = 'DEFICIT' and not archived order by position limit 3")
                .query(Long.class)
                .list();
    }

    private String deficitName(long id) {
        return jdbc.sql("select name from catalog_entry where id = ?")
                .param(id)
                .query(String.class)
                .single()
                .replace("«", "&laquo;")
                .replace("»", "&raquo;");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
    }

    private String text(String code) {
        return messages.getMessage(code, null, Locale.forLanguageTag("ru"));
    }
}
