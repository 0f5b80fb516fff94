package org.nastavnik.bank;

/** Where a mentor stands at a stage of the contest ({@link ContestLevel}): nominated, then selected or rejected. */
public enum ContestStatus {
    NONE,
    NOMINATED,
    SELECTED,
    REJECTED
}
