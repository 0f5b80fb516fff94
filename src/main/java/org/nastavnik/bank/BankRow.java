package org.nastavnik.bank;

import java.util.List;

/**
 * A line of a bank list: the person, the organization and what the list shows of the profile.
 *
 * @param details subjects and competencies of a mentor; deficits of a mentee
 * @param category the mentee's category, null for a mentor
 * @param capacity a mentor's capacity, null for a mentee
 * @param load the mentees a mentor has now in pairs and groups not ended, null for a mentee
 * @param contest a mentor's municipal contest, null for a mentee
 * @param region a mentor's regional contest, null for a mentee
 */
public record BankRow(
        long id,
        long personId,
        String name,
        String organization,
        List<String> details,
        MenteeCategory category,
        Integer capacity,
        Integer load,
        boolean networkAvailable,
        ProfileStatus status,
        boolean confirmed,
        ContestStatus contest,
        ContestStatus region) {}
