package org.nastavnik.people;

/** Qualification category of a pedagogical worker. */
public enum Qualification {
    NONE,
    FIRST,
    HIGHEST
}
