package org.nastavnik.people;

/**
 * Published inside the transaction that anonymizes a person, so that other modules remove what
 * they hold about the person in the same transaction (all or nothing).
 */
public record PersonAnonymized(long personId) {}
