package org.nastavnik.bank;

/** How meetings may be held: очно, дистанционно, смешанно. */
public enum MentoringFormat {
    IN_PERSON,
    REMOTE,
    MIXED
}
