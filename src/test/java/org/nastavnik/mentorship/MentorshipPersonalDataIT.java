package org.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.Role;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's pairs in their personal-data export, and what anonymization leaves of them: the facts,
 * without the texts the person wrote or that were written about them, and without their name.
 */
@IntegrationTest
class MentorshipPersonalDataIT {

    @LocalServerPort
    int port;

    @Autowired
    AccessService access;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void theExportListsThePairsAndAnonymizationRemovesTheMembersTextsButKeepsTheFacts() {
        PairFixtures fixtures = new PairFixtures(port);
        Api curator = fixtures.curator();
        long mentor = fixtures.mentor(1);
        long mentee = fixtures.mentee();
        long mentorPerson = fixtures.personOfMentor(mentor);
        long menteePerson = fixtures.personOfMentee(mentee);
        String mentorEmail = fixtures.account(access, mentorPerson, Role.MENTOR);
        String menteeEmail = fixtures.account(access, menteePerson, Role.MENTEE);
        long id = fixtures.create(fixtures.pair(mentor, mentee)).path("id").asLong();
        long version = curator.get("/api/v1/pairs/" + id).json().path("version").asLong();
        curator.post("/api/v1/pairs/" + id + "/request-consents", Map.of("version", version));
        Api asMentor = Api.as(port, mentorEmail, PairFixtures.PASSWORD);
        Api asMentee = Api.as(port, menteeEmail, PairFixtures.PASSWORD);
        assertThat(asMentor.post("/api/v1/pairs/" + id + "/consent", Map.of()).status())
                .isEqualTo(200);
        assertThat(asMentee.post("/api/v1/pairs/" + id + "/consent", Map.of()).status())
                .isEqualTo(200);
        String request = "Прошу другого наставника " + Fixtures.uniqueLastName("request");
        assertThat(asMentee.post("/api/v1/pairs/" + id + "/replacement-request", Map.of("reason", request))
                        .status())
                .isEqualTo(200);
        String resignation = "Ухожу по семейным обстоятельствам " + Fixtures.uniqueLastName("resign");
        Api.Response resigned = asMentor.post("/api/v1/pairs/" + id + "/resign", Map.of("reason", resignation));
        assertThat(resigned.status()).as(resigned.text()).isEqualTo(200);
        String menteeName = lastName(menteePerson);
        String mentorName = lastName(mentorPerson);

        WebSession pages = WebSession.signIn(port, DemoAccounts.CURATOR);
        String menteeExport = new String(
                pages.download("/people/" + menteePerson + "/export.json").body(), StandardCharsets.UTF_8);
        assertThat(menteeExport).contains("mentorships", request, "Наставляемый", "в системе");
        assertThat(new String(
                        pages.download("/people/" + mentorPerson + "/export.json")
                                .body(),
                        StandardCharsets.UTF_8))
                .contains(resignation, "Наставник");
        int lines = lines(id);

        anonymize(pages, menteePerson);
        anonymize(pages, mentorPerson);

        assertThat(jdbc.sql(
                                "select count(*) from mentorship_event where mentorship_id = ? and (note like ? or note like ?"
                                        + " or subject like ? or subject like ? or actor in (?, ?))")
                        .params(
                                id,
                                "%" + request + "%",
                                "%" + resignation + "%",
                                "%" + menteeName + "%",
                                "%" + mentorName + "%",
                                mentorEmail,
                                menteeEmail)
                        .query(Integer.class)
                        .single())
                .as("no text by or about them, no name, no user name in the timeline")
                .isZero();
        assertThat(lines(id)).as("every line of the timeline stays").isEqualTo(lines);
        List<Map<String, Object>> members = jdbc.sql("select role, consent_on, consent_way, consent_by, left_on,"
                        + " left_reason from mentorship_member where mentorship_id = ? order by role desc")
                .param(id)
                .query()
                .listOfRows();
        assertThat(members).hasSize(2).allSatisfy(m -> {
            assertThat(m.get("consent_on")).isNotNull();
            assertThat(m.get("consent_way")).isEqualTo("IN_SYSTEM");
            assertThat(m.get("consent_by")).isNotIn(mentorEmail, menteeEmail);
            assertThat(m.get("left_reason")).isNull();
        });
        assertThat(members.get(0).get("left_on"))
                .as("the mentor's leaving stays a fact")
                .isNotNull();
        assertThat(jdbc.sql("select count(*) from mentorship_event where mentorship_id = ?"
                                + " and kind in ('REPLACEMENT_REQUESTED', 'MENTOR_RESIGNED')")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(pages.get("/personal-data/destructions").body())
                .contains(messages.getMessage("personalData.category.mentorships", null, Locale.forLanguageTag("ru")));
    }

    private void anonymize(WebSession pages, long person) {
        pages.get("/people/" + person + "/anonymize");
        assertThat(pages.post(
                                "/people/" + person + "/anonymize",
                                Map.of("reason", "Application", "confirmed", "true", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
    }

    private String lastName(long person) {
        return jdbc.sql("select last_name from person where id = ?")
                .param(person)
                .query(String.class)
                .single();
    }

    private int lines(long id) {
        return jdbc.sql("select count(*) from mentorship_event where mentorship_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
