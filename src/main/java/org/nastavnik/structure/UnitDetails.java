package org.nastavnik.structure;

/** The editable description of a unit, already validated. */
public record UnitDetails(String shortName, String fullName, String inn, String ogrn, String address, String site) {}
