package org.nastavnik.matching;

import java.time.OffsetDateTime;

/**
 * The psychologist's note on a mentor and a mentee.
 *
 * @param recordedBy the person who recorded it last (null for an account without a person)
 * @param recordedByName their full name, or the account
 * @param version to send back with a change (stored version + 1; 0 means no note yet)
 */
public record CompatibilityNote(
        long mentorProfileId,
        long menteeProfileId,
        Verdict verdict,
        String comment,
        Long recordedBy,
        String recordedByName,
        OffsetDateTime recordedAt,
        long version) {}
