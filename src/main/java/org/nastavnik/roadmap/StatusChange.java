package org.nastavnik.roadmap;

import java.time.LocalDate;

/**
 * A change of a roadmap's status: to {@link RoadmapStatus#APPROVED} with the order's number and date
 * (and optionally who signed it), to {@link RoadmapStatus#ARCHIVED}, or back to {@link
 * RoadmapStatus#DRAFT}; {@code version} is the roadmap's version the caller read.
 */
public record StatusChange(
        RoadmapStatus status, String orderNumber, LocalDate orderDate, String approvedBy, Long version) {

    public StatusChange {
        orderNumber = blankToNull(orderNumber);
        approvedBy = blankToNull(approvedBy);
    }

    public static StatusChange to(RoadmapStatus status, Long version) {
        return new StatusChange(status, null, null, null, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
