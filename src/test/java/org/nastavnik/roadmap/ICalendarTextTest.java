package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The iCalendar text of due dates against the rules of RFC 5545. */
class ICalendarTextTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:30:00Z");

    @Test
    void anAllDayEventHasADateStartTheNextDayAsEndAndItsTextsEscaped() {
        String ics = new ICalendarText("Сроки", NOW)
                .event(
                        "roadmap-due-7@nastavnik",
                        LocalDate.of(2026, 12, 31),
                        "Отчёт; итоги, анализ",
                        "Карта\nКуратор\\зам")
                .end();

        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
                .contains("\r\nBEGIN:VEVENT\r\nUID:roadmap-due-7@nastavnik\r\nDTSTAMP:20261123T083000Z\r\n")
                .contains("\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n")
                .contains("\r\nSUMMARY:Отчёт\\; итоги\\, анализ\r\n")
                .contains("\r\nDESCRIPTION:Карта\\nКуратор\\\\зам\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutCuttingACyrillicLetter() {
        String activity = "Организация и проведение методических семинаров для наставников и наставляемых ".repeat(4);
        String ics = new ICalendarText("Сроки", NOW)
                .event("u", LocalDate.of(2026, 1, 1), activity, "")
                .end();

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + activity + "\r\n");
    }

    @Test
    void controlCharactersAreDroppedAndCarriageReturnsBecomeLineBreaks() {
        assertThat(ICalendarText.escape("a\r\nb\rc\u0007d")).isEqualTo("a\\nb\\ncd");
        assertThat(ICalendarText.escape(null)).isEmpty();
    }
}
