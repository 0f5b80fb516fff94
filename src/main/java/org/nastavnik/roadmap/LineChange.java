package org.nastavnik.roadmap;

import java.time.Instant;

/** One change of one field of an activity: who, when, the value before and after (null: none). */
public record LineChange(LineField field, String before, String after, String changedBy, Instant changedAt) {}
