package org.nastavnik.roadmap.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nastavnik.roadmap.DueStatus;
import org.nastavnik.roadmap.TrackingService;

/** Marking a due date: the new status, the reason (for «not applicable») and the version read. */
record MarkForm(
        @NotNull DueStatus status, @Size(max = TrackingService.REASON_MAX) String reason, @NotNull Long version) {}
