package org.nastavnik.mentorship;

import java.time.LocalDate;

/**
 * An active mentee of the bank without a pair or group, since when; past two weeks it is flagged
 * («в течение двух недель»).
 */
public record WaitingMentee(
        long profileId,
        long personId,
        String name,
        long organizationId,
        String organization,
        String category,
        LocalDate since,
        long days) {

    public static final int DAYS_TO_PAIR = 14;

    public boolean overdue() {
        return days > DAYS_TO_PAIR;
    }
}
