package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How much of a roadmap (or a section) is closed — done or not applicable — «к сегодняшнему дню»
 * (of the dates due by today) and «всего» (of all its dates; undated rows count here only).
 */
public record Progress(int closedToDate, int dueToDate, int closed, int total) {

    /** The progress of these due dates on {@code today}. */
    public static Progress of(Collection<DueDate> dates, LocalDate today) {
        int closedToDate = 0;
        int dueToDate = 0;
        int closed = 0;
        for (DueDate date : dates) {
            boolean isClosed = date.status().closed();
            boolean due = date.dated() && !date.dueOn().isAfter(today);
            closed += isClosed ? 1 : 0;
            dueToDate += due ? 1 : 0;
            closedToDate += due && isClosed ? 1 : 0;
        }
        return new Progress(closedToDate, dueToDate, closed, dates.size());
    }

    /** Percent closed of what is due by today; 100 when nothing is due yet. */
    public int percentToDate() {
        return percent(closedToDate, dueToDate);
    }

    public int percent() {
        return percent(closed, total);
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 100 : (int) Math.floor(100.0 * part / whole);
    }
}
