package org.nastavnik.structure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dates of an agreement that make sense: signed not in the future and not before the present
 * education system existed, valid from a date not absurdly far ahead, and valid to no earlier
 * than valid from.
 */
public final class AgreementRules {

    /** Nothing in this system was signed before the Law on Education of 1992. */
    public static final LocalDate EARLIEST = LocalDate.of(1992, 1, 1);

    public static final int MAX_YEARS_AHEAD = 10;

    private AgreementRules() {}

    /** Field → message code of each broken rule, in the order of the form. */
    public static Map<String, String> check(AgreementData data, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (data.signedOn() != null) {
            if (data.signedOn().isAfter(today)) {
                problems.put("signedOn", "agreement.signedOn.future");
            } else if (data.signedOn().isBefore(EARLIEST)) {
                problems.put("signedOn", "agreement.date.tooEarly");
            }
        }
        if (data.validFrom() != null) {
            if (data.validFrom().isBefore(EARLIEST)) {
                problems.put("validFrom", "agreement.date.tooEarly");
            } else if (data.validFrom().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
                problems.put("validFrom", "agreement.date.tooLate");
            }
        }
        if (data.validTo() != null && data.validFrom() != null && data.validTo().isBefore(data.validFrom())) {
            problems.put("validTo", "agreement.validTo.beforeFrom");
        } else if (data.validTo() != null && data.validTo().isAfter(today.plusYears(5 * MAX_YEARS_AHEAD))) {
            problems.put("validTo", "agreement.date.tooLate");
        }
        return problems;
    }
}
