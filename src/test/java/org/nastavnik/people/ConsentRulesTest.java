package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Violation;

class ConsentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate BORN = LocalDate.of(1990, 5, 1);

    @Test
    void aConsentIsGivenForAPurposeOnADayBetweenBirthAndToday() {
        assertThat(ConsentRules.check(consent(TODAY), BORN, TODAY)).isEmpty();
        assertThat(ConsentRules.check(consent(TODAY.plusDays(1)), BORN, TODAY))
                .containsExactly(new Violation("givenOn", "consent.givenOn.future"));
        assertThat(ConsentRules.check(consent(BORN.minusDays(1)), BORN, TODAY))
                .containsExactly(new Violation("givenOn", "consent.givenOn.beforeBirth"));
        assertThat(ConsentRules.check(new ConsentData(" ", null, null), BORN, TODAY))
                .containsExactly(
                        new Violation("purpose", "NotBlank"),
                        new Violation("basisDocument", "NotBlank"),
                        new Violation("givenOn", "NotNull"));
    }

    @Test
    void aConsentIsWithdrawnOnADayBetweenItsGivingAndToday() {
        LocalDate given = LocalDate.of(2025, 9, 1);

        assertThat(ConsentRules.checkWithdrawal(given, given, TODAY)).isEmpty();
        assertThat(ConsentRules.checkWithdrawal(given, null, TODAY))
                .containsExactly(new Violation("withdrawnOn", "NotNull"));
        assertThat(ConsentRules.checkWithdrawal(given, given.minusDays(1), TODAY))
                .containsExactly(new Violation("withdrawnOn", "consent.withdrawnOn.beforeGiven"));
        assertThat(ConsentRules.checkWithdrawal(given, TODAY.plusDays(1), TODAY))
                .containsExactly(new Violation("withdrawnOn", "consent.withdrawnOn.future"));
    }

    private static ConsentData consent(LocalDate givenOn) {
        return new ConsentData("Mentorship programme", givenOn, "Application of 01.09.2026");
    }
}
