package org.nastavnik.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.Violation;

/**
 * How much each criterion of the fit counts in a municipality, each 0 to 100. The first six are
 * shares of the score: a criterion's points are its weight's share of 100 of the six
 * ({@code weight·100/sum}); {@code compatibility} sets how strongly the psychologist's note moves
 * the score (see {@link FitScoring}).
 */
public record MatchWeights(
        int subject, int deficits, int experience, int organization, int capacity, int format, int compatibility) {

    public static final int MAX = 100;

    /** What applies where a municipality has set nothing. */
    public static final MatchWeights DEFAULT = new MatchWeights(25, 35, 15, 10, 5, 10, 20);

    /** The sum of the six shares. */
    public int shares() {
        return subject + deficits + experience + organization + capacity + format;
    }

    /** Every weight by its field name, in the order of the form. */
    public Map<String, Integer> byField() {
        return entered(subject, deficits, experience, organization, capacity, format, compatibility);
    }

    /** Weights as a form or a request entered them (any may be missing), by field name in the form's order. */
    public static Map<String, Integer> entered(
            Integer subject,
            Integer deficits,
            Integer experience,
            Integer organization,
            Integer capacity,
            Integer format,
            Integer compatibility) {
        Map<String, Integer> values = new LinkedHashMap<>();
        values.put("subject", subject);
        values.put("deficits", deficits);
        values.put("experience", experience);
        values.put("organization", organization);
        values.put("capacity", capacity);
        values.put("format", format);
        values.put("compatibility", compatibility);
        return values;
    }

    /** The weights of entered values {@link #check} found right. */
    public static MatchWeights of(Map<String, Integer> entered) {
        return new MatchWeights(
                entered.get("subject"),
                entered.get("deficits"),
                entered.get("experience"),
                entered.get("organization"),
                entered.get("capacity"),
                entered.get("format"),
                entered.get("compatibility"));
    }

    /**
     * What is wrong with weights as entered (null when missing), all at once: each from 0 to 100,
     * and not all six shares zero.
     */
    public static List<Violation> check(Map<String, Integer> entered) {
        List<Violation> found = new ArrayList<>();
        int shares = 0;
        for (String field : DEFAULT.byField().keySet()) {
            Integer value = entered.get(field);
            if (value == null || value < 0 || value > MAX) {
                found.add(new Violation(field, "matching.weights.range"));
            } else if (!field.equals("compatibility")) {
                shares += value;
            }
        }
        if (found.isEmpty() && shares == 0) {
            found.add(new Violation("subject", "matching.weights.allZero"));
        }
        return found;
    }
}
