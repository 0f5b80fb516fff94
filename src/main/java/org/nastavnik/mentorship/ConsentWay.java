package org.nastavnik.mentorship;

/** A consent on paper recorded by the curator, or given by the participant signed in. */
public enum ConsentWay {
    PAPER,
    IN_SYSTEM
}
