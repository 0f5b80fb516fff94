package org.nastavnik.structure;

/** Where a unit stands in the hierarchy. */
public enum UnitLevel {
    REGION,
    MUNICIPALITY,
    ORGANIZATION
}
