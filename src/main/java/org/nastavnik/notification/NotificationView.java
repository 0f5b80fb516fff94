package org.nastavnik.notification;

import java.time.Instant;
import java.util.List;

/** A notification as its page shows it: the message code and its arguments, a link, when, and whether read. */
public record NotificationView(
        long id, String messageCode, List<String> arguments, String link, Instant createdAt, boolean read) {

    /** The arguments as an array, for the message expression of a template. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
