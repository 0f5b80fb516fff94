package org.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;

/** Who acts and when, for the timeline. */
record Act(String actor, Instant at, LocalDate today) {}
