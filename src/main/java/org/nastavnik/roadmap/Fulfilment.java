package org.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One organization's fulfilment of a requirement: the status as shown today (a planned one past
 * its date is overdue), recorded by whom and when, the reason when not applicable, the evidence, and
 * the organization's approved roadmap when it counts as done by itself ({@code automatic}).
 */
public record Fulfilment(
        Requirement requirement,
        long organizationId,
        String organization,
        DueStatus status,
        boolean automatic,
        String reason,
        String changedBy,
        Instant changedAt,
        long version,
        ApprovedRoadmap approvedRoadmap,
        List<CascadeEvidence> evidence,
        boolean mayMark) {

    /** An organization's own approved roadmap: its id, title and the approving order. */
    public record ApprovedRoadmap(long id, String title, String orderNumber, LocalDate orderDate) {}
}
