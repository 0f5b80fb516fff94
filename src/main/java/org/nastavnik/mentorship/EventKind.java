package org.nastavnik.mentorship;

/** What the timeline of a mentorship records. */
public enum EventKind {
    CREATED,
    CHANGED,
    CONSENTS_REQUESTED,
    CONSENT_GIVEN,
    CONSENTED,
    RETURNED_TO_DRAFT,
    FIXED,
    ACTIVATED,
    REPLACEMENT_REQUESTED,
    MENTOR_REPLACED,
    MENTOR_RESIGNED,
    COMPLETED,
    TERMINATED
}
