package org.nastavnik.roadmap.web;

import jakarta.validation.constraints.Size;
import org.nastavnik.roadmap.TrackingService;

/** Withdrawing a requirement (the reason) or restoring it, with the version read. */
record WithdrawalForm(@Size(max = TrackingService.REASON_MAX) String reason, Long version) {}
