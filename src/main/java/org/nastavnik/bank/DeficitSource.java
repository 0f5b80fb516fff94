package org.nastavnik.bank;

/** Where a deficit was found. */
public enum DeficitSource {
    SELF_ASSESSMENT,
    DIAGNOSTICS,
    OBSERVATION
}
