package org.nastavnik.bank.web;

import org.nastavnik.bank.BankQuery;
import org.nastavnik.bank.ContestStatus;
import org.nastavnik.bank.MenteeCategory;
import org.nastavnik.bank.ProfileStatus;

/** The bank lists' filters as the query string gives them; unreadable values mean «any». */
record BankFilter(
        String q,
        Long org,
        Long subject,
        Long competency,
        Long deficit,
        MenteeCategory category,
        Boolean free,
        Boolean network,
        Boolean confirmed,
        ContestStatus contest,
        ContestStatus region,
        ProfileStatus status,
        String sort) {

    BankQuery query() {
        return new BankQuery(
                q,
                org,
                subject,
                competency,
                deficit,
                category,
                free,
                network,
                confirmed,
                contest,
                region,
                status,
                sort);
    }
}
