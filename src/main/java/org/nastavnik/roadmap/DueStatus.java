package org.nastavnik.roadmap;

/**
 * The status of a due date. {@link #OVERDUE} is never stored: it is a planned date in the past, as
 * of the day it is read.
 */
public enum DueStatus {
    PLANNED,
    DONE,
    OVERDUE,
    NOT_APPLICABLE;

    /** Done or not applicable: nothing more to do. */
    public boolean closed() {
        return this == DONE || this == NOT_APPLICABLE;
    }

    /** What a stored status shows on a day: a planned date before it is overdue. */
    public static DueStatus shown(DueStatus stored, java.time.LocalDate dueOn, java.time.LocalDate today) {
        return stored == PLANNED && dueOn != null && dueOn.isBefore(today) ? OVERDUE : stored;
    }
}
