package org.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.FieldProblem;

/** The guarded life of a pair, without a database. */
class MentorshipTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final Act ACT = new Act("curator", 7L, Instant.parse("2026-10-01T09:00:00Z"), TODAY);

    private static Mentorship pair(LocalDate start) {
        return new Mentorship(
                9,
                "/1/5/9/",
                new Mentorship.Plan(
                        MentorshipForm.EXPERIENCED_YOUNG, MentorshipKind.TRADITIONAL, start, start.plusMonths(8)),
                List.of(
                        new Member.Candidate(MemberRole.MENTOR, 1, 100, 9, null),
                        new Member.Candidate(MemberRole.MENTEE, 2, 200, 9, null)),
                ACT);
    }

    private static void consentAll(Mentorship pair) {
        for (Member member : pair.current()) {
            pair.consent(member, TODAY, ConsentWay.PAPER, null, ACT, "x");
        }
    }

    @Test
    void nobodyConsentsBeforeTheCuratorAsks() {
        Mentorship pair = pair(TODAY);
        assertThatThrownBy(() -> pair.consent(pair.current().get(0), TODAY, ConsentWay.IN_SYSTEM, null, ACT, "x"))
                .isInstanceOf(FieldProblem.class)
                .hasMessageContaining("consentNotAsked");
    }

    @Test
    void theLastConsentMakesItConsentedAndOnlyThenAnOrderFixesIt() {
        Mentorship pair = pair(TODAY);
        pair.requestConsents(ACT);
        assertThatThrownBy(() -> pair.fix(1, "1", TODAY, ACT)).hasMessageContaining("notConsented");
        pair.consent(pair.current().get(0), TODAY, ConsentWay.PAPER, null, ACT, "x");
        assertThat(pair.status()).isEqualTo(MentorshipStatus.AWAITING_CONSENT);
        pair.consent(pair.current().get(1), TODAY, ConsentWay.IN_SYSTEM, null, ACT, "x");
        assertThat(pair.status()).isEqualTo(MentorshipStatus.CONSENTED);
        pair.fix(1, "1", TODAY, ACT);
        assertThat(pair.status()).as("its start has come").isEqualTo(MentorshipStatus.ACTIVE);
    }

    @Test
    void aPairStartingLaterIsFixedUntilItsStart() {
        Mentorship pair = pair(TODAY.plusDays(10));
        pair.requestConsents(ACT);
        consentAll(pair);
        pair.fix(1, "1", TODAY, ACT);
        assertThat(pair.status()).isEqualTo(MentorshipStatus.FIXED);
        assertThat(pair.activateIfDue(ACT)).isFalse();
        assertThat(pair.activateIfDue(new Act("system", null, ACT.at(), TODAY.plusDays(10))))
                .isTrue();
        assertThat(pair.status()).isEqualTo(MentorshipStatus.ACTIVE);
    }

    @Test
    void backToDraftVoidsTheConsentsGiven() {
        Mentorship pair = pair(TODAY);
        pair.requestConsents(ACT);
        consentAll(pair);
        pair.returnToDraft(ACT);
        assertThat(pair.status()).isEqualTo(MentorshipStatus.DRAFT);
        assertThat(pair.current()).noneMatch(Member::consented);
    }

    @Test
    void aNewMentorMustConsentAgainAndTheOldOneKeepsWhyTheyLeft() {
        Mentorship pair = pair(TODAY);
        pair.requestConsents(ACT);
        consentAll(pair);
        Member old = pair.current(MemberRole.MENTOR).get(0);
        pair.replaceMentor(
                old, new Member.Candidate(MemberRole.MENTOR, 3, 300, 9, null), TODAY, "По просьбе", ACT, "x");
        assertThat(pair.status()).isEqualTo(MentorshipStatus.AWAITING_CONSENT);
        assertThat(old.current()).isFalse();
        assertThat(pair.current(MemberRole.MENTOR)).extracting(Member::personId).containsExactly(300L);
    }

    @Test
    void onlyAnActiveOneIsCompletedAndADraftIsNotTerminated() {
        Mentorship pair = pair(TODAY);
        assertThatThrownBy(() -> pair.complete(TODAY, null, ACT)).hasMessageContaining("notActive");
        assertThatThrownBy(() -> pair.terminate(TODAY, "x", ACT)).hasMessageContaining("closed");
    }

    @Test
    void traditionalMentorshipIsOneToOne() {
        assertThatThrownBy(() -> new Mentorship(
                        9,
                        "/1/5/9/",
                        new Mentorship.Plan(
                                MentorshipForm.EXPERIENCED_YOUNG,
                                MentorshipKind.TRADITIONAL,
                                TODAY,
                                TODAY.plusMonths(1)),
                        List.of(
                                new Member.Candidate(MemberRole.MENTOR, 1, 100, 9, null),
                                new Member.Candidate(MemberRole.MENTEE, 2, 200, 9, null),
                                new Member.Candidate(MemberRole.MENTEE, 4, 400, 9, null)),
                        ACT))
                .isInstanceOf(FieldProblem.class)
                .extracting(e -> ((FieldProblem) e).field())
                .isEqualTo("kind");
    }
}
