package org.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.bank.MenteeData.DeficitMark;
import org.nastavnik.common.AcademicYear;
import org.nastavnik.common.Experience;
import org.nastavnik.common.Violation;

class BankRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static MentorData mentor(Integer capacity, ProfileStatus status, LocalDate consentOn, List<Long> competencies) {
        return new MentorData(
                competencies,
                null,
                List.of(),
                capacity,
                false,
                Set.of(MentoringFormat.MIXED),
                consentOn,
                consentOn == null ? null : "Заявление № 1",
                status);
    }

    @Test
    void anActiveMentorNeedsConsentAPausedOneDoesNot() {
        assertThat(fields(BankRules.checkMentor(
                        mentor(2, ProfileStatus.ACTIVE, null, List.of()), Set.of(), Set.of(), 0, TODAY)))
                .containsExactly("consentOn", "consentDocument");
        assertThat(BankRules.checkMentor(
                        mentor(2, ProfileStatus.PAUSED, null, List.of()), Set.of(), Set.of(), 0, TODAY))
                .isEmpty();
        assertThat(fields(BankRules.checkMentor(
                        mentor(2, ProfileStatus.ACTIVE, TODAY.plusDays(1), List.of()), Set.of(), Set.of(), 0, TODAY)))
                .containsExactly("consentOn");
    }

    @Test
    void theCapacityIsBoundedAndNeverBelowTheCurrentLoad() {
        LocalDate consent = TODAY.minusDays(1);
        assertThat(codes(BankRules.checkMentor(
                        mentor(1, ProfileStatus.ACTIVE, consent, List.of()), Set.of(), Set.of(), 2, TODAY)))
                .containsExactly("bank.capacity.belowLoad");
        assertThat(codes(BankRules.checkMentor(
                        mentor(31, ProfileStatus.ACTIVE, consent, List.of()), Set.of(), Set.of(), 0, TODAY)))
                .containsExactly("bank.capacity.range");
        assertThat(codes(BankRules.checkMentor(
                        mentor(null, ProfileStatus.ACTIVE, consent, List.of()), Set.of(), Set.of(), 0, TODAY)))
                .containsExactly("bank.capacity.required");
    }

    @Test
    void competenciesAndDeficitsComeFromTheAllowedEntriesOnly() {
        LocalDate consent = TODAY.minusDays(1);
        assertThat(codes(BankRules.checkMentor(
                        mentor(2, ProfileStatus.ACTIVE, consent, List.of(7L)), Set.of(5L), Set.of(), 0, TODAY)))
                .containsExactly("bank.reference.unknown");
        MenteeData mentee = new MenteeData(
                MenteeCategory.BURNOUT,
                null,
                null,
                null,
                null,
                ProfileStatus.PAUSED,
                List.of(new DeficitMark(9, DeficitSource.DIAGNOSTICS, 2)));
        assertThat(BankRules.checkMentee(mentee, Set.of(9L), TODAY)).isEmpty();
        assertThat(codes(BankRules.checkMentee(mentee, Set.of(8L), TODAY))).containsExactly("bank.reference.unknown");
        MenteeData badLevel = new MenteeData(
                MenteeCategory.BURNOUT,
                null,
                null,
                null,
                null,
                ProfileStatus.PAUSED,
                List.of(new DeficitMark(9, DeficitSource.DIAGNOSTICS, 4)));
        assertThat(codes(BankRules.checkMentee(badLevel, Set.of(9L), TODAY)))
                .containsExactly("bank.deficit.incomplete");
    }

    @Test
    void aDecisionNeedsAProtocolAndADateBetweenTheNominationAndToday() {
        assertThat(fields(BankRules.checkDecision(new ContestDecision(null, " ", null, null), null, TODAY)))
                .containsExactly("selected", "protocol", "decidedOn");
        assertThat(codes(BankRules.checkDecision(
                        new ContestDecision(true, "5", TODAY.minusDays(10), null), TODAY.minusDays(5), TODAY)))
                .containsExactly("bank.contest.beforeNomination");
    }

    @Test
    void upToThreeYearsOfExperienceSuggestsAYoungSpecialist() {
        assertThat(facts(new Experience(2, 11)).youngSpecialist()).isTrue();
        assertThat(facts(new Experience(3, 0)).youngSpecialist()).isTrue();
        assertThat(facts(new Experience(3, 1)).youngSpecialist()).isFalse();
        assertThat(facts(null).youngSpecialist()).isFalse();
    }

    @Test
    void theConfirmationDeadlineFallsInTheRightYearOfTheAcademicYear() {
        AcademicYear year = AcademicYear.of(TODAY);
        assertThat(BankSettings.DEFAULT.deadlineIn(year)).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(new BankSettings(3, MonthDay.of(5, 25)).deadlineIn(year)).isEqualTo(LocalDate.of(2027, 5, 25));
    }

    private static ProfileFacts facts(Experience experience) {
        return new ProfileFacts("Учитель", "NONE", experience, false, false);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
