package org.nastavnik.mentorship;

/** The life of a pair or group: draft → awaiting consent → consented → fixed → active → ended. */
public enum MentorshipStatus {
    DRAFT,
    AWAITING_CONSENT,
    CONSENTED,
    FIXED,
    ACTIVE,
    COMPLETED,
    TERMINATED;

    /** Not yet ended: its members count in loads and pairs. */
    public boolean open() {
        return this != COMPLETED && this != TERMINATED;
    }

    /** Fixed by an order: from here a change of members is a replacement, not an edit. */
    public boolean fixed() {
        return this == FIXED || this == ACTIVE;
    }

    static final String OPEN_SQL = "('DRAFT', 'AWAITING_CONSENT', 'CONSENTED', 'FIXED', 'ACTIVE')";
}
