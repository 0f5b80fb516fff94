package org.nastavnik.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.Violation;

/** Dates of a consent: given not in the future nor before birth; withdrawn after it was given. */
public final class ConsentRules {

    private ConsentRules() {}

    public static List<Violation> check(ConsentData consent, LocalDate birthDate, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (consent.purpose() == null || consent.purpose().isBlank()) {
            violations.add(new Violation("purpose", "NotBlank"));
        }
        if (consent.basisDocument() == null || consent.basisDocument().isBlank()) {
            violations.add(new Violation("basisDocument", "NotBlank"));
        }
        LocalDate given = consent.givenOn();
        if (given == null) {
            violations.add(new Violation("givenOn", "NotNull"));
        } else if (given.isAfter(today)) {
            violations.add(new Violation("givenOn", "consent.givenOn.future"));
        } else if (birthDate != null && given.isBefore(birthDate)) {
            violations.add(new Violation("givenOn", "consent.givenOn.beforeBirth"));
        }
        return violations;
    }

    public static List<Violation> checkWithdrawal(LocalDate givenOn, LocalDate withdrawnOn, LocalDate today) {
        if (withdrawnOn == null) {
            return List.of(new Violation("withdrawnOn", "NotNull"));
        }
        if (withdrawnOn.isAfter(today)) {
            return List.of(new Violation("withdrawnOn", "consent.withdrawnOn.future"));
        }
        if (withdrawnOn.isBefore(givenOn)) {
            return List.of(new Violation("withdrawnOn", "consent.withdrawnOn.beforeGiven"));
        }
        return List.of();
    }
}
