package org.nastavnik.people;

/** An entry of a reference list (position, subject). */
public record Reference(long id, String name) {}
