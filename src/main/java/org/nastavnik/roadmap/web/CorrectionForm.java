package org.nastavnik.roadmap.web;

import jakarta.validation.constraints.Size;
import org.nastavnik.roadmap.DeadlineCorrection;

/** The author's corrected deadline: a text or a list of dates; blank returns to the text as written. */
record CorrectionForm(@Size(max = DeadlineCorrection.TEXT_MAX) String text) {}
