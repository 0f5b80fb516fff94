package org.nastavnik.common;

import java.util.List;

/**
 * Domain rules broken by fields of a command, each with the message code to show next to its
 * field; thrown by services, turned into field errors on pages and a 422 in the API. Most carry one
 * rule; {@link #requireNone} carries every rule a check found, so a form shows them all at once.
 */
public class FieldProblem extends RuntimeException {

    private final transient List<Violation> violations;

    public FieldProblem(String field, String code, Object... arguments) {
        this(List.of(new Violation(field, code, arguments)));
    }

    private FieldProblem(List<Violation> violations) {
        super(violations.get(0).toString());
        this.violations = violations;
    }

    /** Throws every broken rule at once; does nothing when there is none. */
    public static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new FieldProblem(List.copyOf(violations));
        }
    }

    /** The first broken rule's field. */
    public String field() {
        return violations.get(0).field();
    }

    public String code() {
        return violations.get(0).code();
    }

    public Object[] arguments() {
        return violations.get(0).arguments();
    }

    /** Every broken rule, the first one being {@link #field()} and {@link #code()}. */
    public List<Violation> violations() {
        return violations;
    }
}
