package org.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The bank's filter «свободные места» counts the mentees a mentor has in open pairs and groups. */
@IntegrationTest
class FreeCapacityFilterIT {

    @LocalServerPort
    int port;

    @Test
    void aMentorWhosePlacesAreTakenIsNotFreeAndTheBankListShowsTheLoad() {
        PairFixtures fixtures = new PairFixtures(port);
        String stem = Fixtures.uniqueLastName("Zanyataya");
        long full = fixtures.mentorOf(fixtures.person(stem, "2005-09-01"), 1);
        long half = fixtures.mentorOf(fixtures.person(stem, "2005-09-01"), 2);
        long empty = fixtures.mentorOf(fixtures.person(stem, "2005-09-01"), 1);
        Api curator = fixtures.curator();
        assertThat(free(curator, stem)).containsExactlyInAnyOrder(full, half, empty);

        fixtures.create(fixtures.pair(full, fixtures.mentee()));
        fixtures.create(fixtures.pair(half, fixtures.mentee()));

        assertThat(free(curator, stem)).containsExactlyInAnyOrder(half, empty);
        JsonNode all = curator.get("/api/v1/mentors?q=" + stem).json();
        assertThat(all.path("page").path("totalElements").asLong()).isEqualTo(3);
        Map<Long, Integer> loads = new LinkedHashMap<>();
        all.path("content")
                .forEach(r -> loads.put(r.path("id").asLong(), r.path("load").asInt()));
        assertThat(loads).containsEntry(full, 1).containsEntry(half, 1).containsEntry(empty, 0);

        JsonNode paged =
                curator.get("/api/v1/mentors?free=true&size=1&q=" + stem).json();
        assertThat(paged.path("page").path("totalElements").asLong()).isEqualTo(2);
        assertThat(paged.path("page").path("totalPages").asLong()).isEqualTo(2);

        String page = WebSession.signIn(port, DemoAccounts.CURATOR)
                .get("/bank/mentors?q=" + stem)
                .body();
        assertThat(page).contains("сейчас 1 из 1", "сейчас 1 из 2", "сейчас 0 из 1");
    }

    private static List<Long> free(Api curator, String stem) {
        List<Long> ids = new ArrayList<>();
        curator.get("/api/v1/mentors?free=true&size=100&q=" + stem)
                .json()
                .path("content")
                .forEach(r -> ids.add(r.path("id").asLong()));
        return ids;
    }
}
