package org.nastavnik.people;

/**
 * A person as other modules name them: the full name and the unit path their first employment
 * belongs to (null for a person without employment), e.g. for scoping audit records.
 */
public record PersonLabel(long id, String fullName, String unitPath) {}
