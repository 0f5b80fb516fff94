package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Violation;

class PersonRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final PersonData PERSON =
            new PersonData("Ivanova", "Anna", null, LocalDate.of(1980, 3, 1), null, null, null);

    @Test
    void mentorCategoryNeedsTheHighestQualificationCategory() {
        assertThat(PersonRules.check(PERSON, employment(Qualification.FIRST, LocalDate.of(2024, 1, 10), null), TODAY))
                .containsExactly(new Violation("mentorCategorySince", "employment.category.needsHighest"));
        assertThat(PersonRules.check(PERSON, employment(Qualification.HIGHEST, LocalDate.of(2024, 1, 10), null), TODAY))
                .isEmpty();
    }

    @Test
    void methodistCategoryBeforeTheCategoriesWereIntroducedIsRefused() {
        assertThat(PersonRules.check(PERSON, employment(Qualification.HIGHEST, null, LocalDate.of(2023, 8, 31)), TODAY))
                .containsExactly(new Violation("methodistCategorySince", "employment.category.beforeIntroduced"));
        assertThat(PersonRules.check(PERSON, employment(Qualification.HIGHEST, null, LocalDate.of(2023, 9, 1)), TODAY))
                .isEmpty();
    }

    @Test
    void aCategoryDateInTheFutureGetsOneMessageNotTwo() {
        List<Violation> violations =
                PersonRules.check(PERSON, employment(Qualification.FIRST, TODAY.plusDays(1), null), TODAY);

        assertThat(violations).containsExactly(new Violation("mentorCategorySince", "employment.date.future"));
    }

    @Test
    void anEmploymentEndsOnAGivenDayNotInTheFutureAndNotBeforeItStarted() {
        EmploymentData employment = employment(Qualification.NONE, null, null);

        assertThat(PersonRules.checkEnd(employment, null, TODAY)).containsExactly(new Violation("endedOn", "NotNull"));
        assertThat(PersonRules.checkEnd(employment, TODAY.plusDays(1), TODAY))
                .containsExactly(new Violation("endedOn", "employment.end.future"));
        assertThat(PersonRules.checkEnd(employment, LocalDate.of(2010, 8, 31), TODAY))
                .containsExactly(new Violation("endedOn", "employment.end.beforeStart"));
        assertThat(PersonRules.checkEnd(employment, TODAY, TODAY)).isEmpty();
    }

    private static EmploymentData employment(Qualification qualification, LocalDate mentor, LocalDate methodist) {
        return new EmploymentData(
                1L,
                1L,
                List.of(),
                LocalDate.of(2005, 9, 1),
                LocalDate.of(2010, 9, 1),
                qualification,
                mentor,
                methodist);
    }
}
