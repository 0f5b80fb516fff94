package org.nastavnik.matching;

/** Why a mentor of the pool is not offered to a mentee at all; each with its message. */
public enum HardRule {
    /** The mentee's own person. */
    SELF,
    /** The mentor's profile is paused or left the bank. */
    NOT_ACTIVE,
    /** No consent to take part is recorded. */
    NO_CONSENT,
    /** All of the mentor's places are taken. */
    NO_FREE_PLACES,
    /** Another organization, and the mentor is not available for network mentoring. */
    OTHER_ORGANIZATION,
    /** Outside the mentee's municipality (or region, for an organization directly under it). */
    OUTSIDE_SCOPE;

    public String code() {
        return "matching.excluded." + name();
    }
}
