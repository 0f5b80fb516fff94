package org.nastavnik.roadmap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar (RFC 5545) feed of all-day events written as text: CRLF line ends, content lines
 * folded at 75 octets without cutting a UTF-8 character, and TEXT values escaped (backslash,
 * semicolon, comma, line breaks). Enough for due dates; see docs/decisions.md for why not ical4j.
 */
final class ICalendarText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int FOLD_OCTETS = 75;

    private final StringBuilder text = new StringBuilder(4_096);
    private final String stamp;

    ICalendarText(String name, Instant now) {
        this.stamp = STAMP.format(now);
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Nastavnik//Roadmaps//RU");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + escape(name));
    }

    /** An all-day event on {@code day}; {@code uid} must stay the same for the same date across feeds. */
    ICalendarText event(String uid, LocalDate day, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DAY.format(day));
        line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
        line("SUMMARY:" + escape(summary));
        line("DESCRIPTION:" + escape(description));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return text.toString();
    }

    /** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other controls dropped. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == ';' || c == ',') {
                escaped.append('\\').append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                    escaped.append("\\n");
                }
            } else if (c >= ' ' || c == '\t') {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Appends a content line folded into lines of at most 75 octets, each further one starting with a space. */
    private void line(String content) {
        int octets = 0;
        int limit = FOLD_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                text.append("\r\n ");
                octets = 0;
                limit = FOLD_OCTETS - 1;
            }
            text.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
    }
}
