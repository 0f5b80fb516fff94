package org.nastavnik.bank;

import java.time.LocalDate;
import java.util.List;

/**
 * A mentor profile as its page and the API show it.
 *
 * @param load the current number of mentees
 * @param confirmed whether it was confirmed in the current academic year
 * @param mayEdit whether the caller may change it
 * @param mayDecide whether the caller may record the contest decision
 */
public record MentorProfile(
        long id,
        long personId,
        String personName,
        long organizationId,
        String organization,
        MentorData data,
        List<Named> competencies,
        List<Named> subjects,
        LocalDate statusSince,
        Integer confirmedYear,
        Contest contest,
        List<Achievement> achievements,
        List<Training> trainings,
        ProfileFacts facts,
        int load,
        long version,
        boolean confirmed,
        boolean mayEdit,
        boolean mayDecide) {

    /** A reference entry by name; archived ones stay on old profiles. */
    public record Named(long id, String name, boolean archived) {}

    public record Contest(
            ContestStatus status, LocalDate nominatedOn, String protocol, LocalDate decidedOn, String comment) {}

    public record Achievement(
            long id, long awardTypeId, String awardType, String title, int year, long levelId, String level) {}

    public record Training(long id, String course, int hours, LocalDate completedOn, String certificate) {}
}
