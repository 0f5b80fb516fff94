package org.nastavnik.mentorship;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.Role;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import tools.jackson.databind.JsonNode;

/** Fresh mentors and mentees in the demo curator's school, so tests never share a free place. */
final class PairFixtures {

    static final String PASSWORD = "a long test passphrase";

    private final int port;
    private final Api curator;
    final long school;

    PairFixtures(int port) {
        this.port = port;
        this.curator = Api.as(port, DemoAccounts.CURATOR);
        this.school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
    }

    /** A person of the school, hired the year given. */
    long person(String stem, String since) {
        Map<String, Object> body = Fixtures.youngTeacher(school, Fixtures.uniqueLastName(stem));
        body.put("birthDate", "1980-03-15");
        body.put("pedagogicalSince", since);
        body.put("organizationSince", since);
        Api.Response created = curator.post("/api/v1/people", body);
        if (created.status() != 201) {
            throw new IllegalStateException(created.text());
        }
        return created.json().path("id").asLong();
    }

    /** An active, consented mentor profile with the capacity given; its id. */
    long mentor(int capacity) {
        return mentorOf(person("Mentor", "2005-09-01"), capacity);
    }

    long mentorOf(long personId, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId);
        body.put("organizationId", school);
        body.put("capacity", capacity);
        body.put("formats", List.of("IN_PERSON"));
        body.put("consentOn", "2026-09-01");
        body.put("consentDocument", "Согласие");
        body.put("status", "ACTIVE");
        Api.Response created = curator.post("/api/v1/mentors", body);
        if (created.status() != 201) {
            throw new IllegalStateException(created.text());
        }
        return created.json().path("id").asLong();
    }

    /** An active mentee profile; its id. */
    long mentee() {
        return menteeOf(person("Mentee", "2025-09-01"));
    }

    long menteeOf(long personId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId);
        body.put("organizationId", school);
        body.put("category", "YOUNG_SPECIALIST");
        body.put("consentOn", "2026-09-01");
        body.put("consentDocument", "Согласие");
        body.put("status", "ACTIVE");
        body.put("bothRoles", true);
        Api.Response created = curator.post("/api/v1/mentees", body);
        if (created.status() != 201) {
            throw new IllegalStateException(created.text());
        }
        return created.json().path("id").asLong();
    }

    long personOfMentee(long menteeProfileId) {
        return curator.get("/api/v1/mentees/" + menteeProfileId)
                .json()
                .path("personId")
                .asLong();
    }

    long personOfMentor(long mentorProfileId) {
        return curator.get("/api/v1/mentors/" + mentorProfileId)
                .json()
                .path("personId")
                .asLong();
    }

    /** An account with the role for the person; its e-mail. */
    String account(AccessService access, long personId, Role role) {
        String email = Fixtures.uniqueLastName("member").toLowerCase() + "@school.test";
        AccessService.asSystem(() -> {
            access.createAccount(personId, email, PASSWORD);
            access.grant(personId, role, school);
        });
        return email;
    }

    /** The body of a new traditional pair. */
    Map<String, Object> pair(long mentor, long... mentees) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationId", school);
        body.put("form", "EXPERIENCED_YOUNG");
        body.put("kind", mentees.length > 1 ? "GROUP" : "TRADITIONAL");
        body.put("plannedStart", "2026-09-01");
        body.put("plannedEnd", "2027-05-31");
        body.put("mentors", List.of(Map.of("mentorProfileId", mentor)));
        body.put("menteeProfileIds", java.util.Arrays.stream(mentees).boxed().toList());
        return body;
    }

    JsonNode create(Map<String, Object> pair) {
        Api.Response created = curator.post("/api/v1/pairs", pair);
        if (created.status() != 201) {
            throw new IllegalStateException(created.text());
        }
        return created.json();
    }

    Api curator() {
        return curator;
    }

    int port() {
        return port;
    }
}
