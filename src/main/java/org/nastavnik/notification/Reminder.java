package org.nastavnik.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One reminder as the daily jobs send it through {@link ReminderSender}: what it is about (once per
 * person), its message and arguments, and where it leads.
 */
record Reminder(String subjectKey, String messageCode, List<String> arguments, String link) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int ACTIVITY_MAX = 200;

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** An activity on one line, cut to a length a notification shows whole. */
    static String shortened(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() > ACTIVITY_MAX ? line.substring(0, ACTIVITY_MAX - 1) + "\u2026" : line;
    }
}
