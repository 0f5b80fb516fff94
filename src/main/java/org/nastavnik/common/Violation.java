package org.nastavnik.common;

import java.util.Arrays;
import java.util.Objects;

/** A broken rule about one field: the field name, the message code and its arguments. */
public record Violation(String field, String code, Object... arguments) {

    public Violation {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Violation v
                && Objects.equals(field, v.field)
                && Objects.equals(code, v.code)
                && Arrays.equals(arguments, v.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, code, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return field + ": " + code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
    }
}
