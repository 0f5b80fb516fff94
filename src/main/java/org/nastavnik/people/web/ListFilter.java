package org.nastavnik.people.web;

import org.nastavnik.people.PeopleQuery;

/** The filters of the people list as request parameters, shared by the list and its export. */
record ListFilter(String q, Long org, Long position, Long subject, String category, String sort) {

    PeopleQuery query() {
        return new PeopleQuery(
                q,
                org,
                position,
                subject,
                category == null || category.isBlank() ? null : category,
                sort == null ? "NAME" : sort);
    }
}
