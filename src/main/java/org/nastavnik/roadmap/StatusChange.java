package org.nastavnik.roadmap;

import java.time.LocalDate;
import org.nastavnik.common.RussianText;

/**
 * A change of a roadmap's status: to {@link RoadmapStatus#APPROVED} with the order's number and date
 * (and optionally who signed it), to {@link RoadmapStatus#ARCHIVED}, or back to {@link
 * RoadmapStatus#DRAFT}; {@code version} is the roadmap's version the caller read.
 */
public record StatusChange(
        RoadmapStatus status, String orderNumber, LocalDate orderDate, String approvedBy, Long version) {

    public StatusChange {
        orderNumber = RussianText.trimToNull(orderNumber);
        approvedBy = RussianText.trimToNull(approvedBy);
    }
}
