package org.nastavnik.common;

/**
 * A domain rule broken by one field of a command, with the message code to show next to the
 * field; thrown by services, turned into a field error on pages and a 422 in the API.
 */
public class FieldProblem extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public FieldProblem(String field, String code, Object... arguments) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
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
}
