package org.nastavnik.bank;

import org.nastavnik.common.RussianText;

/**
 * Filters of the bank lists; null means any. Subject, competency, free capacity, network and
 * the contest's stages (municipal, regional) apply to mentors; deficit and category to mentees.
 */
public record BankQuery(
        String text,
        Long organizationId,
        Long subjectId,
        Long competencyId,
        Long deficitId,
        MenteeCategory category,
        Boolean freeCapacity,
        Boolean networkAvailable,
        Boolean confirmed,
        ContestStatus contest,
        ContestStatus region,
        ProfileStatus status,
        String sort) {

    public static final BankQuery ANY =
            new BankQuery(null, null, null, null, null, null, null, null, null, null, null, null, "name");

    public BankQuery {
        text = RussianText.trimToNull(text);
        sort = sort == null
                        || !java.util.List.of("name", "organization", "capacity")
                                .contains(sort)
                ? "name"
                : sort;
    }
}
