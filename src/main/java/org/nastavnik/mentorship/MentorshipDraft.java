package org.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;

/**
 * What the curator asks for a new or changed draft: the organization (the mentees'), the form, the
 * kind, the period, the mentors with the field each covers when there are several, the mentees.
 */
public record MentorshipDraft(
        Long organizationId,
        MentorshipForm form,
        MentorshipKind kind,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        List<MentorChoice> mentors,
        List<Long> menteeProfileIds) {

    /** A mentor profile and the field it covers in a group of several mentors. */
    public record MentorChoice(Long mentorProfileId, String field) {}
}
