package org.nastavnik.mentorship;

import java.util.List;

/** Members of a pair or group are asked for their consent: those without one yet. */
public record ConsentsRequested(long mentorshipId, List<Long> personIds) {}
