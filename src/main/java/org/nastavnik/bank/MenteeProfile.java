package org.nastavnik.bank;

import java.time.LocalDate;
import java.util.List;

/**
 * A mentee profile as its page and the API show it.
 *
 * @param alsoMentor whether the person is an active mentor of the field of these deficits (a warning)
 * @param confirmed whether it was confirmed in the current academic year
 * @param mayEdit whether the caller may change it
 * @param maySelfAssess whether the caller is the mentee, who fills the self-assessment and request
 */
public record MenteeProfile(
        long id,
        long personId,
        String personName,
        long organizationId,
        String organization,
        MenteeData data,
        List<Deficit> deficits,
        LocalDate statusSince,
        Integer confirmedYear,
        ProfileFacts facts,
        boolean alsoMentor,
        long version,
        boolean confirmed,
        boolean mayEdit,
        boolean maySelfAssess) {

    /** A deficit of the profile with its area, where it was found and its level. */
    public record Deficit(
            long deficitId, String name, String area, boolean archived, DeficitSource source, int level) {}
}
