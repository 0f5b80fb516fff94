package org.nastavnik.matching;

/** The psychologist's view of a mentor and a mentee together. */
public enum Verdict {
    COMPATIBLE,
    RESERVATIONS,
    INCOMPATIBLE
}
