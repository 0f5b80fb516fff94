package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of a roadmap as the pages show it: a section («2.1 Аналитико-диагностическая
 * деятельность») or an activity with its deadline as written and as understood, and its co-executors.
 */
public record RoadmapLine(
        int position,
        boolean section,
        String number,
        String sectionNumber,
        String activity,
        String deadline,
        String correctedDeadline,
        String responsible,
        String result,
        Deadline.Kind deadlineKind,
        List<LocalDate> dueDates,
        String coExecutors) {

    public boolean understood() {
        return section || deadlineKind != Deadline.Kind.UNKNOWN;
    }
}
