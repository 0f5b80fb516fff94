package org.nastavnik.roadmap;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar of planned due dates of the roadmaps of the caller's units: a month by weeks for the
 * page, and an iCalendar feed of the dates from {@link #FEED_DAYS_BACK} days ago (still overdue) to a
 * year ahead, one all-day event per date.
 */
@Service
@Transactional(readOnly = true)
public class DueCalendar {

    /** The most dates a month or the feed holds; the page says when it is cut. */
    public static final int LIMIT = 2_000;

    static final int FEED_DAYS_BACK = 90;
    static final int FEED_DAYS_AHEAD = 366;

    private final DueLists lists;
    private final RoadmapAccess access;
    private final ExportTexts texts;
    private final Clock clock;

    DueCalendar(DueLists lists, RoadmapAccess access, MessageSource messages, Optional<Clock> clock) {
        this.lists = lists;
        this.access = access;
        this.texts = new ExportTexts(messages);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A week of the month (Monday to Sunday, cut to the month) with its dates. */
    public record Week(LocalDate from, LocalDate to, List<DueLists.Entry> entries) {}

    /** The month's planned dates by week, earliest first, and whether the list was cut. */
    public record Month(YearMonth month, List<Week> weeks, boolean limited, LocalDate today) {}

    /** The month's planned dates by week; {@code asked} null: the current month. */
    public Month month(DueLists.Filter filter, YearMonth asked) {
        YearMonth month = asked != null ? asked : YearMonth.from(access.today());
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<DueLists.Entry> entries = lists.between(filter, first, last, LIMIT);
        Map<LocalDate, List<DueLists.Entry>> byWeek = new LinkedHashMap<>();
        for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            byWeek.put(monday, new ArrayList<>());
        }
        for (DueLists.Entry entry : entries) {
            byWeek.get(entry.date().dueOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                    .add(entry);
        }
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((monday, ofWeek) ->
                weeks.add(new Week(monday.isBefore(first) ? first : monday, min(monday.plusDays(6), last), ofWeek)));
        return new Month(month, weeks, entries.size() >= LIMIT, access.today());
    }

    /** The iCalendar text of the planned dates around today (text/calendar). */
    public String feed(DueLists.Filter filter) {
        LocalDate today = access.today();
        ICalendarText calendar = new ICalendarText(texts.get("roadmap.calendar.feedName"), clock.instant());
        for (DueLists.Entry entry :
                lists.between(filter, today.minusDays(FEED_DAYS_BACK), today.plusDays(FEED_DAYS_AHEAD), LIMIT)) {
            DueDate date = entry.date();
            calendar.event(
                    "roadmap-due-" + date.id() + "@nastavnik",
                    date.dueOn(),
                    date.activity(),
                    texts.get(
                            "roadmap.calendar.description",
                            entry.roadmap(),
                            entry.owner(),
                            date.number() == null ? "" : date.number(),
                            entry.responsible() == null ? "" : entry.responsible()));
        }
        return calendar.end();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
