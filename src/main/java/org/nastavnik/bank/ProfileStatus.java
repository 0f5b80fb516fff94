package org.nastavnik.bank;

/** Whether a profile takes part now: active, paused for a while, or left the bank. */
public enum ProfileStatus {
    ACTIVE,
    PAUSED,
    LEFT
}
