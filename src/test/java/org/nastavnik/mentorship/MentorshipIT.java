package org.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.Role;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MentorshipIT {

    @LocalServerPort
    int port;

    @Autowired
    AccessService access;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    PairFixtures fixtures;
    Api curator;

    @BeforeEach
    void fixtures() {
        fixtures = new PairFixtures(port);
        curator = fixtures.curator();
    }

    @Test
    void aDraftBecomesConsentedWhenEveryMembersConsentIsRecorded() {
        long mentor = fixtures.mentor(2);
        long mentee = fixtures.mentee();
        JsonNode pair = fixtures.create(fixtures.pair(mentor, mentee));
        long id = pair.path("id").asLong();
        assertThat(pair.path("status").asString()).isEqualTo("DRAFT");
        assertThat(curator.get("/api/v1/mentors/" + mentor).json().path("load").asInt())
                .as("a draft takes its place at once")
                .isEqualTo(1);

        JsonNode asked = curator.post("/api/v1/pairs/" + id + "/request-consents", Map.of("version", version(id)))
                .json();
        assertThat(asked.path("status").asString()).isEqualTo("AWAITING_CONSENT");
        for (JsonNode member : asked.path("members")) {
            Api.Response recorded = curator.post(
                    "/api/v1/pairs/" + id + "/members/" + member.path("id").asLong() + "/consent",
                    Map.of("consentOn", "2026-09-02", "consentDocument", "Заявление"));
            assertThat(recorded.status()).isEqualTo(200);
        }
        JsonNode consented = curator.get("/api/v1/pairs/" + id).json();
        assertThat(consented.path("status").asString()).isEqualTo("CONSENTED");
        List<String> events = new ArrayList<>();
        consented.path("timeline").forEach(e -> events.add(e.path("kind").asString()));
        assertThat(events)
                .containsExactly("CREATED", "CONSENTS_REQUESTED", "CONSENT_GIVEN", "CONSENT_GIVEN", "CONSENTED");
        JsonNode listed = curator.get("/api/v1/pairs?status=CONSENTED&size=200").json();
        assertThat(listed.path("page").path("totalElements").asLong())
                .as("a stable page: the rows under content, the counts under page")
                .isPositive();
        assertThat(listed.path("content").valueStream().map(p -> p.path("id").asLong()))
                .contains(id);
    }

    @Test
    void twoCuratorsTakingTheLastFreePlaceAtOnceOneSucceeds() throws Exception {
        long mentor = fixtures.mentor(1);
        long first = fixtures.mentee();
        long second = fixtures.mentee();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (long mentee : List.of(first, second)) {
                Callable<Api.Response> call = () -> {
                    start.await();
                    return curator.post("/api/v1/pairs", fixtures.pair(mentor, mentee));
                };
                answers.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            String refusal = null;
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get();
                statuses.add(response.status());
                if (response.status() != 201) {
                    refusal = response.fieldMessage("mentors");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 422);
            assertThat(refusal).contains("нет свободных мест").contains("занято 1 из 1");
        } finally {
            pool.shutdownNow();
        }
        assertThat(curator.get("/api/v1/mentors/" + mentor).json().path("load").asInt())
                .isEqualTo(1);
    }

    @Test
    void aMentorIsNeverTheirOwnMentee() {
        long person = fixtures.person("Both", "2005-09-01");
        long mentor = fixtures.mentorOf(person, 3);
        long mentee = fixtures.menteeOf(person);
        Api.Response refused = curator.post("/api/v1/pairs", fixtures.pair(mentor, mentee));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldMessage("mentors")).contains("не может быть наставником самому себе");
    }

    @Test
    void aMenteeIsInOnePairOfAFormAtATime() {
        long mentee = fixtures.mentee();
        fixtures.create(fixtures.pair(fixtures.mentor(2), mentee));
        Api.Response again = curator.post("/api/v1/pairs", fixtures.pair(fixtures.mentor(2), mentee));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.fieldMessage("mentees")).contains("уже состоит в паре или группе этой формы");

        Map<String, Object> otherForm = fixtures.pair(fixtures.mentor(2), mentee);
        otherForm.put("form", "HEAD_TEACHER");
        assertThat(curator.post("/api/v1/pairs", otherForm).status()).isEqualTo(201);
    }

    @Test
    void aTraditionalPairIsOneToOneAndAGroupNeedsThree() {
        long mentor = fixtures.mentor(3);
        Map<String, Object> two = fixtures.pair(mentor, fixtures.mentee(), fixtures.mentee());
        two.put("kind", "TRADITIONAL");
        Api.Response refused = curator.post("/api/v1/pairs", two);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldMessage("kind")).contains("один наставник и один наставляемый");
        Map<String, Object> group = fixtures.pair(mentor, fixtures.mentee());
        group.put("kind", "GROUP");
        assertThat(curator.post("/api/v1/pairs", group).fieldMessage("kind")).contains("не меньше трёх");
        assertThat(curator.get("/api/v1/mentors/" + mentor).json().path("load").asInt())
                .as("nothing was saved")
                .isZero();
    }

    @Test
    void membersConsentInTheSystemAndTheMenteeAsksForAnotherMentor() {
        long mentor = fixtures.mentor(1);
        long mentee = fixtures.mentee();
        String mentorEmail = fixtures.account(access, fixtures.personOfMentor(mentor), Role.MENTOR);
        String menteeEmail = fixtures.account(access, fixtures.personOfMentee(mentee), Role.MENTEE);
        long id = fixtures.create(fixtures.pair(mentor, mentee)).path("id").asLong();
        Api asMentor = Api.as(port, mentorEmail, PairFixtures.PASSWORD);
        Api asMentee = Api.as(port, menteeEmail, PairFixtures.PASSWORD);
        assertThat(asMentee.post("/api/v1/pairs/" + id + "/consent", Map.of()).fieldMessage("status"))
                .as("nobody consents before the curator asks")
                .contains("после того, как куратор их запросил");
        curator.post("/api/v1/pairs/" + id + "/request-consents", Map.of("version", version(id)));
        assertThat(asMentor.post("/api/v1/pairs/" + id + "/consent", Map.of()).status())
                .isEqualTo(200);
        JsonNode consented =
                asMentee.post("/api/v1/pairs/" + id + "/consent", Map.of()).json();
        assertThat(consented.path("status").asString()).isEqualTo("CONSENTED");
        assertThat(consented.path("members").findValuesAsString("consentWay")).containsOnly("IN_SYSTEM");

        assertThat(asMentor.post("/api/v1/pairs/" + id + "/replacement-request", Map.of("reason", "x"))
                        .status())
                .as("only a mentee asks for another mentor")
                .isEqualTo(403);
        JsonNode asked = asMentee.post(
                        "/api/v1/pairs/" + id + "/replacement-request", Map.of("reason", "Не совпадаем по графику"))
                .json();
        assertThat(asked.path("replacementRequested").asBoolean()).isTrue();
        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR)
                        .get("/notifications")
                        .body())
                .as("the curator hears of it")
                .contains("В паре № " + id + " наставляемый");

        long newMentor = fixtures.mentor(1);
        JsonNode replaced = curator.post(
                        "/api/v1/pairs/" + id + "/replace",
                        Map.of(
                                "oldMemberId",
                                memberOf(asked, mentor),
                                "mentorProfileId",
                                newMentor,
                                "replacedOn",
                                java.time.LocalDate.now().toString(),
                                "reason",
                                "По заявлению наставляемого"))
                .json();
        assertThat(replaced.path("replacementRequested").asBoolean()).isFalse();
        assertThat(replaced.path("status").asString())
                .as("the new mentor's consent is awaited")
                .isEqualTo("AWAITING_CONSENT");
        assertThat(curator.get("/api/v1/mentors/" + mentor).json().path("load").asInt())
                .isZero();
        assertThat(curator.get("/api/v1/mentors/" + newMentor)
                        .json()
                        .path("load")
                        .asInt())
                .isEqualTo(1);
        JsonNode former = replaced.path("members").get(0);
        assertThat(former.path("leftReason").asString()).isEqualTo("По заявлению наставляемого");
        assertThat(asMentor.get("/api/v1/pairs/" + id).status())
                .as("the replaced mentor still sees the history")
                .isEqualTo(200);
    }

    @Test
    void onlyAnActiveMentorshipIsCompletedAndAStaleVersionIsRefused() {
        long id = fixtures.create(fixtures.pair(fixtures.mentor(1), fixtures.mentee()))
                .path("id")
                .asLong();
        Api.Response early = curator.post(
                "/api/v1/pairs/" + id + "/complete", Map.of("version", version(id), "endedOn", "2026-10-01"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.fieldMessage("status")).contains("только действующее");
        Api.Response stale = curator.post("/api/v1/pairs/" + id + "/request-consents", Map.of("version", 99));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response ended = curator.post(
                "/api/v1/pairs/" + id + "/terminate", Map.of("version", version(id), "endedOn", "2026-10-01"));
        assertThat(ended.fieldMessage("reason")).isEqualTo("Укажите причину.");
    }

    @Test
    void pagesShowThePairToItsSchoolAndMembersOnly() {
        long mentee = fixtures.mentee();
        String menteeEmail = fixtures.account(access, fixtures.personOfMentee(mentee), Role.MENTEE);
        long id = fixtures.create(fixtures.pair(fixtures.mentor(1), mentee))
                .path("id")
                .asLong();
        WebSession curatorPages = WebSession.signIn(port, DemoAccounts.CURATOR);
        assertThat(curatorPages.get("/pairs/" + id).body()).contains("Черновик", "Запросить согласия");
        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/pairs/" + id)
                        .statusCode())
                .isEqualTo(404);
        WebSession menteePages = WebSession.signIn(port, menteeEmail, PairFixtures.PASSWORD);
        assertThat(menteePages.get("/pairs").body()).contains("/pairs/" + id);
        assertThat(menteePages.get("/pairs/" + id).body()).doesNotContain("Запросить согласия");
    }

    @Test
    void aProposalsCheckedGroupBecomesOneGroupDraftAndGarbageIsIgnored() {
        long mentor = fixtures.mentor(3);
        long first = fixtures.mentee();
        long second = fixtures.mentee();
        long alone = fixtures.mentee();
        WebSession pages = WebSession.signIn(port, DemoAccounts.CURATOR);
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("unit", String.valueOf(fixtures.school));
        form.put("form", "EXPERIENCED_YOUNG");
        form.put("plannedStart", java.time.LocalDate.now().toString());
        form.put("plannedEnd", java.time.LocalDate.now().plusMonths(6).toString());
        form.put("mentor_" + first, String.valueOf(mentor));
        form.put("mentor_" + second, String.valueOf(mentor));
        form.put("mentor_" + alone, String.valueOf(mentor));
        form.put("group_" + mentor, first + "," + second);
        form.put("mentor_x", "y");
        assertThat(pages.post("/pairs/propose", form).statusCode()).isEqualTo(302);
        List<JsonNode> drafts = new ArrayList<>();
        for (long mentee : List.of(first, alone)) {
            long pair = jdbc.sql("select mentorship_id from mentorship_member where mentee_profile_id = ?")
                    .param(mentee)
                    .query(Long.class)
                    .single();
            drafts.add(curator.get("/api/v1/pairs/" + pair).json());
        }
        assertThat(drafts.get(0).path("kind").asString()).isEqualTo("GROUP");
        assertThat(drafts.get(0).path("members")).hasSize(3);
        assertThat(drafts.get(1).path("kind").asString()).isEqualTo("TRADITIONAL");
        assertThat(curator.get("/api/v1/mentors/" + mentor).json().path("load").asInt())
                .isEqualTo(3);
    }

    private long version(long id) {
        return curator.get("/api/v1/pairs/" + id).json().path("version").asLong();
    }

    private static long memberOf(JsonNode pair, long mentorProfileId) {
        for (JsonNode member : pair.path("members")) {
            if (member.path("role").asString().equals("MENTOR")
                    && member.path("profileId").asLong() == mentorProfileId) {
                return member.path("id").asLong();
            }
        }
        throw new IllegalStateException("no such mentor");
    }
}
