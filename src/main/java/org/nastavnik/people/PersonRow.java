package org.nastavnik.people;

/**
 * A line of the people list; {@code participantKind} for someone listed through a participation
 * rather than an employment.
 */
public record PersonRow(
        long id,
        String fullName,
        String organization,
        long organizationId,
        String position,
        Integer experienceYears,
        Qualification qualification,
        boolean mentorCategory,
        boolean methodistCategory,
        String email,
        ParticipantKind participantKind) {}
