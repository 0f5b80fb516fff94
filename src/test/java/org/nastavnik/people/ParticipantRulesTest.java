package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Violation;

class ParticipantRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate BORN = LocalDate.of(2010, 4, 1);

    @Test
    void aClassWrittenWithASpaceOrHyphenAndSmallLetterIsStoredAsNumberAndCapital() {
        assertThat(pupil("7 \u0431").normalized().className()).isEqualTo("7\u0411");
        assertThat(pupil(" 11-\u0430 ").normalized().className()).isEqualTo("11\u0410");
    }

    @Test
    void aPupilNeedsAClassFromOneToElevenWithAtMostOneLetter() {
        assertThat(check(pupil("7\u0411"))).isEmpty();
        assertThat(check(pupil("5"))).isEmpty();
        assertThat(check(pupil(""))).containsExactly(new Violation("className", "NotBlank"));
        assertThat(check(pupil("12\u0410")))
                .containsExactly(new Violation("className", "participant.className.invalid"));
        assertThat(check(pupil("7\u0410\u0411")))
                .containsExactly(new Violation("className", "participant.className.invalid"));
    }

    @Test
    void aStudentNeedsACourseFromOneToSixAndAProgramme() {
        assertThat(check(student(2, "Teaching in primary school"))).isEmpty();
        assertThat(check(student(7, "Teaching"))).containsExactly(new Violation("course", "participant.course.range"));
        assertThat(check(student(null, " ")))
                .containsExactly(new Violation("course", "NotNull"), new Violation("programme", "NotBlank"));
    }

    @Test
    void aGraduationYearIsNeitherInTheFutureNorBeforeTheAgeOfFourteen() {
        assertThat(check(graduate(2026))).isEmpty();
        assertThat(check(graduate(2027)))
                .containsExactly(new Violation("graduationYear", "participant.graduationYear.future"));
        assertThat(check(graduate(2023)))
                .containsExactly(new Violation("graduationYear", "participant.graduationYear.beforeAge"));
    }

    @Test
    void anEmployersSpecialistNeedsTheEmployerAndThePosition() {
        ParticipantData specialist =
                new ParticipantData(ParticipantKind.EMPLOYER_SPECIALIST, 1, "7A", 2, "x", 2020, " Plant ", null);

        assertThat(check(specialist)).containsExactly(new Violation("position", "NotBlank"));
        assertThat(specialist.normalized())
                .isEqualTo(new ParticipantData(
                        ParticipantKind.EMPLOYER_SPECIALIST, 1, null, null, null, null, "Plant", null));
    }

    @Test
    void aParticipationEndsOnAGivenDayNotInTheFuture() {
        assertThat(ParticipantRules.checkEnd(null, TODAY)).containsExactly(new Violation("endedOn", "NotNull"));
        assertThat(ParticipantRules.checkEnd(TODAY.plusDays(1), TODAY))
                .containsExactly(new Violation("endedOn", "participant.end.future"));
        assertThat(ParticipantRules.checkEnd(TODAY, TODAY)).isEmpty();
    }

    private static List<Violation> check(ParticipantData data) {
        return ParticipantRules.check(data.normalized(), BORN, TODAY);
    }

    private static ParticipantData pupil(String className) {
        return new ParticipantData(ParticipantKind.PUPIL, 1, className, null, null, null, null, null);
    }

    private static ParticipantData student(Integer course, String programme) {
        return new ParticipantData(ParticipantKind.STUDENT, 1, null, course, programme, null, null, null);
    }

    private static ParticipantData graduate(int year) {
        return new ParticipantData(ParticipantKind.GRADUATE, 1, null, null, null, year, null, null);
    }
}
