package org.nastavnik.common;

import java.util.List;

/**
 * Domain rules broken by fields of a command, each with the message code to show next to its
 * field; thrown by services, turned into field errors on pages and a 422 in the API. Most carry one
 * rule; {@link #requireNone} carries every rule a check found, so a form shows them all at once.
 */
public class FieldProblem extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;
    private final List<Violation> violations;

    public FieldProblem(String field, String code, Object... arguments) {
        this(field, code, arguments, List.of(new Violation(field, code)));
    }

    private FieldProblem(String field, String code, Object[] arguments, List<Violation> violations) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
        this.violations = violations;
    }

    /** Throws every broken rule at once; does nothing when there is none. */
    public static void requireNone(List<Violation> violations) {
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new FieldProblem(first.field(), first.code(), new Object[0], List.copyOf(violations));
        }
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments;
    }

    /** Every broken rule, the first one being {@link #field()} and {@link #code()}. */
    public List<Violation> violations() {
        return violations;
    }
}
