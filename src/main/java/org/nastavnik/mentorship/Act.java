package org.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;

/** Who acts (their person when a person signed in acts, null for the system) and when, for the timeline. */
record Act(String actor, Long personId, Instant at, LocalDate today) {}
