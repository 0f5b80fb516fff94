package org.nastavnik.bank;

import org.nastavnik.common.Experience;

/**
 * What the person's employment in the profile's organization says, computed for today and shown
 * beside the profile.
 *
 * @param position the position there, or null for a pupil or student
 * @param qualification the qualification category code (NONE, FIRST, HIGHEST) or null
 * @param totalExperience pedagogical experience, or null when unknown
 */
public record ProfileFacts(
        String position,
        String qualification,
        Experience totalExperience,
        boolean mentorCategory,
        boolean methodistCategory) {

    public static final int YOUNG_SPECIALIST_YEARS = 3;

    static final ProfileFacts NONE = new ProfileFacts(null, null, null, false, false);

    /** Total experience of at most three years: suggested as a young specialist. */
    public boolean youngSpecialist() {
        return totalExperience != null && totalExperience.years() < YOUNG_SPECIALIST_YEARS
                || totalExperience != null
                        && totalExperience.years() == YOUNG_SPECIALIST_YEARS
                        && totalExperience.months() == 0;
    }
}
