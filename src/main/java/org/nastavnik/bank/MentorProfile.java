package org.nastavnik.bank;

import java.time.LocalDate;
import java.util.List;

/**
 * A mentor profile as its page and the API show it.
 *
 * @param load the current number of mentees
 * @param confirmed whether it was confirmed in the current academic year
 * @param mayEdit whether the caller may change it
 * @param contest the municipal stage of the contest
 * @param regional the regional stage: only for mentors of the municipal bank
 * @param mayDecide whether the caller may record the municipal commission's decision and nominate
 *     a selected mentor to the region
 * @param mayDecideRegion whether the caller may record the regional commission's decision
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
        Contest regional,
        List<Achievement> achievements,
        List<Training> trainings,
        ProfileFacts facts,
        int load,
        long version,
        boolean confirmed,
        boolean mayEdit,
        boolean mayDecide,
        boolean mayDecideRegion) {

    /** Whether the caller may nominate this mentor of the municipal bank to the region now. */
    public boolean mayNominateToRegion() {
        return mayDecide
                && data.status() == ProfileStatus.ACTIVE
                && contest.status() == ContestStatus.SELECTED
                && !regional.pending();
    }

    /**
     * The stage whose decision the caller may record now, or null: the region's once the mentor is
     * nominated there, else the municipality's (kept as it is while the region considers or holds
     * the mentor).
     */
    public ContestLevel decidable() {
        if (regional.status() != ContestStatus.NONE && mayDecideRegion) {
            return ContestLevel.REGION;
        }
        return mayDecide && contest.status() != ContestStatus.NONE && !regional.pending()
                ? ContestLevel.MUNICIPAL
                : null;
    }

    /** A reference entry by name; archived ones stay on old profiles. */
    public record Named(long id, String name, boolean archived) {}

    /** One stage of the contest. */
    public record Contest(
            ContestStatus status, LocalDate nominatedOn, String protocol, LocalDate decidedOn, String comment) {

        /** Nominated or selected: a new nomination waits until a rejection. */
        public boolean pending() {
            return status == ContestStatus.NOMINATED || status == ContestStatus.SELECTED;
        }
    }

    public record Achievement(
            long id, long awardTypeId, String awardType, String title, int year, long levelId, String level) {}

    public record Training(long id, String course, int hours, LocalDate completedOn, String certificate) {}
}
