package org.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A mentor becomes a mentee without a warning only in another field than their competencies cover. */
@IntegrationTest
class SameFieldIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMentorOfPsychologyIsWarnedOnlyForDifficultiesInPsychology() {
        Api curator = Api.as(port, DemoAccounts.CURATOR);
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        long support = id("COMPETENCY", "Психолого-педагогическая поддержка");
        long burnout = id("DEFICIT", "Эмоциональная устойчивость и саморегуляция");
        long lesson = id("DEFICIT", "Постановка целей и задач урока");

        long inAnotherField = mentor(curator, school, support);
        Api.Response other = curator.post("/api/v1/mentees", mentee(inAnotherField, school, lesson, false));
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.json().path("alsoMentor").asBoolean())
                .as("the profile warns by the same rule as the creation")
                .isFalse();

        long inTheSameField = mentor(curator, school, support);
        Api.Response warned = curator.post("/api/v1/mentees", mentee(inTheSameField, school, burnout, false));
        assertThat(warned.status()).isEqualTo(422);
        assertThat(warned.fieldMessage("bothRoles")).contains("тем же областям");
        Api.Response both = curator.post("/api/v1/mentees", mentee(inTheSameField, school, burnout, true));
        assertThat(both.status()).isEqualTo(201);
        assertThat(both.json().path("alsoMentor").asBoolean()).isTrue();
    }

    private long mentor(Api curator, long school, long competency) {
        Map<String, Object> person = Fixtures.youngTeacher(school, Fixtures.uniqueLastName("Field"));
        person.put("birthDate", "1980-01-01");
        person.put("pedagogicalSince", "2004-09-01");
        long id = curator.post("/api/v1/people", person).json().path("id").asLong();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", id);
        body.put("organizationId", school);
        body.put("competencyIds", List.of(competency));
        body.put("capacity", 2);
        body.put("formats", List.of("IN_PERSON"));
        body.put("consentOn", "2026-09-01");
        body.put("consentDocument", "Согласие");
        body.put("status", "ACTIVE");
        assertThat(curator.post("/api/v1/mentors", body).status()).isEqualTo(201);
        return id;
    }

    private static Map<String, Object> mentee(long person, long school, long deficit, boolean bothRoles) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", person);
        body.put("organizationId", school);
        body.put("category", "FIELD_GROWTH");
        body.put("consentOn", "2026-09-01");
        body.put("consentDocument", "Согласие");
        body.put("status", "ACTIVE");
        body.put("deficits", List.of(Map.of("deficitId", deficit, "source", "DIAGNOSTICS", "level", 2)));
        body.put("bothRoles", bothRoles);
        return body;
    }

    private long id(String kind, String name) {
        return jdbc.sql("select id from catalog_entry where kind = ? and name = ?")
                .params(kind, name)
                .query(Long.class)
                .single();
    }
}
