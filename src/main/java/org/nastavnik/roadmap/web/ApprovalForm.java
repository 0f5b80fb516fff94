package org.nastavnik.roadmap.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.nastavnik.roadmap.RoadmapStatus;
import org.nastavnik.roadmap.RoadmapView;
import org.nastavnik.roadmap.StatusChange;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The approval panel of a roadmap's page: the status asked for (the button pressed), the order's
 * number and date, who signed it, and the version read. Lengths and dates are the service's rules.
 */
record ApprovalForm(
        RoadmapStatus status,
        String orderNumber,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate orderDate,
        String approvedBy,
        @NotNull Long version) {

    /** The values the roadmap holds, to approve it again as it was. */
    static ApprovalForm of(RoadmapView roadmap) {
        return roadmap.basis() == null
                ? new ApprovalForm(null, null, null, null, roadmap.version())
                : new ApprovalForm(
                        null,
                        roadmap.basis().orderNumber(),
                        roadmap.basis().orderDate(),
                        roadmap.basis().approvedBy(),
                        roadmap.version());
    }

    StatusChange change() {
        return new StatusChange(status, orderNumber, orderDate, approvedBy, version);
    }
}
