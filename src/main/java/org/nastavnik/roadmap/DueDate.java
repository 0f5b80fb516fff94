package org.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One due date of an activity, or its one undated row ({@code dueOn} null) when the deadline gives
 * no date, with the status as of {@code today} and who changed it last.
 *
 * @param status as shown today: {@link DueStatus#OVERDUE} for a planned date in the past
 * @param version for optimistic locking of the status
 */
public record DueDate(
        long id,
        long roadmapId,
        int position,
        String number,
        String sectionNumber,
        String activity,
        LocalDate dueOn,
        DueStatus status,
        String reason,
        String changedBy,
        Instant changedAt,
        long version,
        int evidence) {

    public boolean dated() {
        return dueOn != null;
    }
}
