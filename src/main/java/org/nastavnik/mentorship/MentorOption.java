package org.nastavnik.mentorship;

/** A mentor the curator may choose for a pair: active, consented, with their load. */
public record MentorOption(long profileId, String name, String organization, boolean network, int load, int capacity) {

    public int free() {
        return Math.max(0, capacity - load);
    }
}
