package org.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.bank.Pairings;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MatchingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectProvider<Pairings> pairings;

    @Test
    void candidatesOfADemoMenteeAreRankedWithReasonsInRussian() {
        long mentee = menteeOf(DemoAccounts.MENTEE);

        Api.Response response = Api.as(port, DemoAccounts.CURATOR).get(candidates(mentee));

        assertThat(response.status()).isEqualTo(200);
        JsonNode ranked = response.json().path("ranked");
        assertThat(ranked.size()).isPositive();
        List<Integer> scores = new ArrayList<>();
        int tops = 0;
        for (int i = 0; i < ranked.size(); i++) {
            JsonNode c = ranked.get(i);
            if (c.path("top").asBoolean()) {
                tops++;
                assertThat(i).as("the top candidate comes first").isZero();
            } else {
                scores.add(c.path("score").asInt());
            }
            assertThat(c.path("score").asInt()).isBetween(0, 100);
            List<String> texts = new ArrayList<>();
            c.path("reasons").forEach(r -> texts.add(r.path("text").asString()));
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Свободно мест: "));
            assertThat(texts)
                    .anySatisfy(t -> assertThat(t).matches("(Тот же предмет|Предметы).*"))
                    .allSatisfy(t -> assertThat(t).matches(".*\\([+\u2212]\\d+\\)$"));
            assertThat(c.path("mentor").path("fullName").asString()).isNotBlank();
        }
        assertThat(tops).isLessThanOrEqualTo(1);
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
        response.json().path("excluded").forEach(e -> assertThat(e.path("texts").size())
                .isPositive());
        assertThat(response.json().path("mentee").path("profileId").asLong()).isEqualTo(mentee);
    }

    @Test
    void noMentorIsTheTopChoiceOfMoreMenteesThanFreePlaces() {
        long municipality = municipalityOf(schoolOf(DemoAccounts.CURATOR));
        String path = path(municipality);
        List<Long> mentees = jdbc.sql("select id from mentee_profile where organization_path like ?"
                        + " and status = 'ACTIVE' and consent_on is not null order by id")
                .param(path + "%")
                .query(Long.class)
                .list();
        Api coordinator = Api.as(port, DemoAccounts.COORDINATOR);
        Map<Long, Integer> tops = new HashMap<>();
        Map<Long, Integer> free = new HashMap<>();
        for (long mentee : mentees) {
            JsonNode ranked = coordinator.get(candidates(mentee)).json().path("ranked");
            for (JsonNode c : ranked) {
                free.put(
                        c.path("mentor").path("profileId").asLong(),
                        c.path("freePlaces").asInt());
                if (c.path("top").asBoolean()) {
                    tops.merge(c.path("mentor").path("profileId").asLong(), 1, Integer::sum);
                }
            }
        }
        assertThat(mentees).isNotEmpty();
        assertThat(tops).isNotEmpty();
        tops.forEach((mentor, count) -> assertThat(count).as("mentor " + mentor).isLessThanOrEqualTo(free.get(mentor)));
    }

    @Test
    void thePsychologistsNoteChangesTheScoreAndOnlyTheyRecordIt() {
        long mentee = menteeOf(DemoAccounts.MENTEE);
        Api curator = Api.as(port, DemoAccounts.CURATOR);
        JsonNode before = curator.get(candidates(mentee)).json().path("ranked");
        JsonNode best = before.get(0);
        long mentor = best.path("mentor").path("profileId").asLong();
        int scoreBefore = best.path("score").asInt();
        String note = "/api/v1/matching/compatibility/" + mentor + "/" + mentee;

        Api psychologist = Api.as(port, DemoAccounts.PSYCHOLOGIST);
        JsonNode read = psychologist.get(note).json();
        assertThat(read.path("mayRecord").asBoolean()).isTrue();
        long version = read.path("note").isNull() || read.path("note").isMissingNode()
                ? 0
                : read.path("note").path("version").asLong();
        assertThat(curator.put(note, Map.of("verdict", "INCOMPATIBLE", "version", version))
                        .status())
                .isEqualTo(403);
        assertThat(psychologist
                        .put(note, Map.of("comment", "x".repeat(2001), "version", version))
                        .fieldMessage("comment"))
                .isNotBlank();
        Api.Response saved = psychologist.put(
                note, Map.of("verdict", "INCOMPATIBLE", "comment", "Конфликт стилей общения", "version", version));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("note").path("verdict").asString()).isEqualTo("INCOMPATIBLE");
        assertThat(saved.json().path("note").path("recordedByName").asString()).isNotBlank();
        assertThat(psychologist
                        .put(note, Map.of("verdict", "COMPATIBLE", "version", version))
                        .status())
                .as("a stale version")
                .isEqualTo(409);

        JsonNode after = curator.get(candidates(mentee)).json().path("ranked");
        JsonNode same = null;
        for (JsonNode c : after) {
            if (c.path("mentor").path("profileId").asLong() == mentor) {
                same = c;
            }
        }
        assertThat(same).as("incompatible is not a hard exclusion").isNotNull();
        assertThat(same.path("score").asInt()).isLessThanOrEqualTo(Math.max(0, scoreBefore - 50));
        assertThat(same.path("note").path("verdict").asString()).isEqualTo("INCOMPATIBLE");
        List<String> texts = new ArrayList<>();
        same.path("reasons").forEach(r -> texts.add(r.path("text").asString()));
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Психолог: несовместимы — Конфликт стилей общения"));

        WebSession page = WebSession.signIn(port, DemoAccounts.PSYCHOLOGIST);
        String address = "/matching/compatibility?mentor=" + mentor + "&mentee=" + mentee;
        HttpResponse<String> form = page.get(address);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Конфликт стилей общения", "несовместимы");
        HttpResponse<String> posted = page.post(
                address,
                Map.of("verdict", "RESERVATIONS", "comment", "Договорились о правилах", "version", "" + (version + 1)));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(page.get(address).body()).contains("Договорились о правилах");
        WebSession curatorPage = WebSession.signIn(port, DemoAccounts.CURATOR);
        assertThat(curatorPage.get(address).body()).doesNotContain("name=\"verdict\"");
        assertThat(curatorPage
                        .post(address, Map.of("verdict", "COMPATIBLE", "version", "" + (version + 2)))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theProposalForADemoSchoolIsFeasibleAndNoWorseThanGreedy() {
        long school = schoolOf(DemoAccounts.CURATOR);

        Api.Response response = Api.as(port, DemoAccounts.CURATOR).get("/api/v1/matching/proposal?unitId=" + school);

        assertThat(response.status()).isEqualTo(200);
        JsonNode proposal = response.json();
        Set<Long> mentees = new HashSet<>();
        Map<Long, Integer> loads = new HashMap<>();
        Map<Long, Integer> capacities = new HashMap<>();
        long total = 0;
        for (JsonNode pair : proposal.path("pairs")) {
            assertThat(mentees.add(pair.path("mentee").path("profileId").asLong()))
                    .as("each mentee once")
                    .isTrue();
            long mentor = pair.path("mentor").path("profileId").asLong();
            loads.merge(mentor, 1, Integer::sum);
            capacities.put(mentor, pair.path("mentor").path("capacity").asInt());
            total += pair.path("score").asInt();
            assertThat(pair.path("reasons").size()).isPositive();
            assertThat(pair.path("alternatives").size()).isLessThanOrEqualTo(MatchingService.ALTERNATIVES);
        }
        for (JsonNode unmatched : proposal.path("unmatched")) {
            assertThat(mentees.add(unmatched.path("mentee").path("profileId").asLong()))
                    .isTrue();
            assertThat(unmatched.path("text").asString()).isNotBlank();
        }
        Pairings current = pairings.getIfAvailable();
        Map<Long, Integer> busy = current == null ? Map.of() : current.loads(loads.keySet());
        loads.forEach((mentor, load) -> assertThat(load + busy.getOrDefault(mentor, 0))
                .as("mentor " + mentor + " over their capacity")
                .isLessThanOrEqualTo(capacities.get(mentor)));
        assertThat(proposal.path("pairs").size()).isPositive();
        assertThat(proposal.path("totalScore").asLong()).isEqualTo(total);
        assertThat(proposal.path("totalScore").asLong())
                .isGreaterThanOrEqualTo(proposal.path("greedyTotal").asLong());

        Api.Response municipal = Api.as(port, DemoAccounts.COORDINATOR)
                .get("/api/v1/matching/proposal?unitId=" + municipalityOf(school));
        assertThat(municipal.status()).isEqualTo(200);
        assertThat(municipal.json().path("pairs").size())
                .isGreaterThanOrEqualTo(proposal.path("pairs").size());
    }

    @Test
    void onlyThoseWhoFormPairsOverTheMenteeOrUnitSeeCandidatesAndProposals() {
        long mentee = menteeOf(DemoAccounts.MENTEE);
        long school = schoolOf(DemoAccounts.CURATOR);

        assertThat(Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get(candidates(mentee))
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/api/v1/matching/proposal?unitId=" + school)
                        .status())
                .isEqualTo(404);
        assertThat(Api.as(port, DemoAccounts.MENTOR).get(candidates(mentee)).status())
                .isIn(403, 404);
        assertThat(Api.as(port, DemoAccounts.MENTEE).get(candidates(mentee)).status())
                .isIn(403, 404);
        assertThat(Api.as(port, DemoAccounts.MENTOR)
                        .get("/api/v1/matching/proposal?unitId=" + school)
                        .status())
                .isIn(403, 404);
        // the psychologist assesses the mentee, so sees the candidates, but proposes nothing
        assertThat(Api.as(port, DemoAccounts.PSYCHOLOGIST)
                        .get(candidates(mentee))
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, DemoAccounts.PSYCHOLOGIST)
                        .get("/api/v1/matching/proposal?unitId=" + school)
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, DemoAccounts.CURATOR)
                        .get("/api/v1/matching/mentees/99999999/candidates")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theCoordinatorKeepsTheMunicipalitysWeightsASchoolCuratorDoesNot() {
        long municipality = municipalityOf(schoolOf(DemoAccounts.CURATOR));
        String address = "/api/v1/matching/weights/" + municipality;
        Api coordinator = Api.as(port, DemoAccounts.COORDINATOR);

        JsonNode read = coordinator.get(address).json();
        assertThat(read.path("subject").asInt()).isBetween(0, 100);
        long version = read.path("version").asLong();
        Map<String, Object> bad = new HashMap<>(weights(30, version));
        bad.put("deficits", 101);
        bad.put("format", -1);
        Api.Response refused = coordinator.put(address, bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldMessage("deficits")).isNotBlank();
        assertThat(refused.fieldMessage("format")).isNotBlank();

        Api.Response saved = coordinator.put(address, weights(30, version));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("subject").asInt()).isEqualTo(30);
        assertThat(saved.json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(coordinator.put(address, weights(31, version)).status()).isEqualTo(409);

        assertThat(Api.as(port, DemoAccounts.CURATOR).get(address).status()).isIn(403, 404);
        assertThat(Api.as(port, DemoAccounts.CURATOR)
                        .put(address, weights(40, version + 1))
                        .status())
                .isIn(403, 404);

        WebSession page = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        HttpResponse<String> chooser = page.get("/matching/weights");
        assertThat(chooser.statusCode()).isEqualTo(302);
        String form = "/matching/weights/" + municipality;
        assertThat(page.get(form).body()).contains("matching-weights", "name=\"deficits\"");
        Map<String, String> values = new HashMap<>();
        weights(25, version + 1).forEach((k, v) -> values.put(k, String.valueOf(v)));
        values.put("capacity", "500");
        assertThat(page.post(form, values).body()).contains("is-invalid");
        values.put("capacity", "5");
        assertThat(page.post(form, values).statusCode()).isEqualTo(302);
        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR)
                        .get("/matching/weights")
                        .statusCode())
                .isEqualTo(403);
    }

    private static Map<String, Object> weights(int subject, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        body.put("deficits", 35);
        body.put("experience", 15);
        body.put("organization", 10);
        body.put("capacity", 5);
        body.put("format", 10);
        body.put("compatibility", 20);
        body.put("version", version);
        return body;
    }

    private static String candidates(long mentee) {
        return "/api/v1/matching/mentees/" + mentee + "/candidates";
    }

    private long menteeOf(String email) {
        return jdbc.sql("select m.id from mentee_profile m join account a on a.person_id = m.person_id"
                        + " where a.username = ? order by m.id limit 1")
                .param(email)
                .query(Long.class)
                .single();
    }

    private long schoolOf(String email) {
        return jdbc.sql("select r.unit_id from role_assignment r join account a on a.person_id = r.person_id"
                        + " where a.username = ? and r.revoked_at is null order by r.id limit 1")
                .param(email)
                .query(Long.class)
                .single();
    }

    private long municipalityOf(long unit) {
        return jdbc.sql("select parent_id from unit where id = ?")
                .param(unit)
                .query(Long.class)
                .single();
    }

    private String path(long unit) {
        return jdbc.sql("select path from unit where id = ?")
                .param(unit)
                .query(String.class)
                .single();
    }
}
