package org.nastavnik.matching;

import java.util.List;

/**
 * One criterion's part of a fit: the message code and its arguments, the points it gave (null for
 * a reason without points) and, once rendered, its Russian text such as «Тот же предмет:
 * математика (+25)». Arguments are plain values or {@link Message}s to resolve first.
 */
public record Reason(String criterion, String code, List<Object> arguments, Integer points, String text) {

    /** An argument that is itself a message, such as the name of a format. */
    public record Message(String code) {}

    static Reason of(String criterion, String code, Integer points, Object... arguments) {
        return new Reason(criterion, code, List.of(arguments), points, null);
    }

    Reason withText(String text) {
        return new Reason(criterion, code, arguments, points, text);
    }
}
