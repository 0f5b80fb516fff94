package org.nastavnik.document;

import java.util.List;
import java.util.stream.Stream;

/**
 * Kinds of orders (приказы) a unit registers, each with the placeholders its template may use.
 * Every type knows {@code organization}, {@code date}, {@code number}, {@code year} and {@code head};
 * the rest are its own.
 */
public enum OrderType {
    /** «О закреплении наставнических пар (групп)». */
    PAIRS_FIXING("curator", "programsDue"),
    /** «О замене наставника». */
    MENTOR_REPLACEMENT("curator", "mentee", "previousMentor", "newMentor"),
    /** «Об утверждении дорожной карты». */
    ROADMAP_APPROVAL("curator", "roadmap", "period"),
    /** Any other order of the unit. */
    OTHER();

    private final List<String> placeholders;

    OrderType(String... own) {
        this.placeholders = Stream.concat(Stream.of("organization", "date", "number", "year", "head"), Stream.of(own))
                .toList();
    }

    /** The names a template of this type may write in curly braces, common ones first. */
    public List<String> placeholders() {
        return placeholders;
    }
}
