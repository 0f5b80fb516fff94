package org.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;

/** A line of the pairs list. */
public record MentorshipRow(
        long id,
        String organization,
        MentorshipForm form,
        MentorshipKind kind,
        MentorshipStatus status,
        List<String> mentors,
        List<String> mentees,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        int consents,
        int members,
        String orderNumber,
        LocalDate orderDate) {}
