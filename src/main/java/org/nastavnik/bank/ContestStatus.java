package org.nastavnik.bank;

/** A mentor's way into the municipal bank: nominated by the organization, then selected or rejected. */
public enum ContestStatus {
    NONE,
    NOMINATED,
    SELECTED,
    REJECTED
}
