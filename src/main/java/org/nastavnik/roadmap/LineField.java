package org.nastavnik.roadmap;

/** A field of a roadmap's activity whose changes are kept as history. */
public enum LineField {
    ACTIVITY,
    DEADLINE,
    CORRECTED_DEADLINE,
    RESPONSIBLE,
    RESULT,
    CO_EXECUTORS
}
