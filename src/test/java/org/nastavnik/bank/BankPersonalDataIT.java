package org.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** A mentee's bank profile in their personal-data export, and what anonymization leaves of it. */
@IntegrationTest
class BankPersonalDataIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void theExportShowsTheMenteeProfileAndAnonymizationRemovesTheRequestAndEndsTheParticipation() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        Api curatorApi = Api.as(port, DemoAccounts.CURATOR);
        long person = curatorApi
                .post("/api/v1/people", Fixtures.youngTeacher(school, Fixtures.uniqueLastName("Zabyvaemaya")))
                .json()
                .path("id")
                .asLong();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", person);
        body.put("organizationId", school);
        body.put("category", "YOUNG_SPECIALIST");
        body.put("requestText", "Боюсь открытых уроков");
        body.put("status", "ACTIVE");
        body.put("consentOn", LocalDate.now().minusDays(2).toString());
        body.put("consentDocument", "Заявление № 44");
        Api.Response created = curatorApi.post("/api/v1/mentees", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long profile = created.json().path("id").asLong();

        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        assertThat(new String(
                        curator.download("/people/" + person + "/export.json").body(), StandardCharsets.UTF_8))
                .contains("Боюсь открытых уроков", "Заявление № 44");

        curator.get("/people/" + person + "/anonymize");
        assertThat(curator.post(
                                "/people/" + person + "/anonymize",
                                Map.of("reason", "Application", "confirmed", "true", "version", "0"))
                        .statusCode())
                .isEqualTo(302);

        Map<String, Object> left = jdbc.sql(
                        "select request_text, consent_document, status from mentee_profile where id = ?")
                .param(profile)
                .query()
                .singleRow();
        assertThat(left.get("request_text")).isNull();
        assertThat(left.get("consent_document")).isNull();
        assertThat(left.get("status")).isEqualTo("LEFT");
        assertThat(curator.get("/personal-data/destructions").body())
                .contains(messages.getMessage("personalData.category.bankProfiles", null, Locale.forLanguageTag("ru")));
    }
}
