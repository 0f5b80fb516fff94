package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A deadline as written and as understood: its kind and the rules that yield due dates. A text
 * nobody can read is kept with kind {@link Kind#UNKNOWN} and flagged for the author.
 */
public record Deadline(String text, Kind kind, List<DueRule> rules) {

    public enum Kind {
        /** One or more fixed dates. */
        DATES,
        /** Repeats: every year, month or quarter. */
        RECURRING,
        /** From one date to another; due at its end. */
        SPAN,
        /** Throughout the period; due at its end. */
        CONTINUOUS,
        /** Counted from an event («в течение двух недель с даты …»): no date of its own. */
        RELATIVE,
        /** Depends on something else («при необходимости», «согласно …»): no date of its own. */
        CONDITIONAL,
        /** Not understood: kept as written, flagged. */
        UNKNOWN
    }

    public boolean understood() {
        return kind != Kind.UNKNOWN;
    }

    /**
     * The due dates within the roadmap's period, in order. A repeating rule skips a month that a
     * fixed date of the same text already covers («23.09.2022, и далее: сентябрь, ежегодно»).
     */
    public List<LocalDate> dueDates(LocalDate from, LocalDate to) {
        Set<LocalDate> fixed = rules.stream()
                .filter(r -> r instanceof DueRule.OnDate)
                .flatMap(r -> r.dates(from, to).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<YearMonth> fixedMonths = fixed.stream().map(YearMonth::from).collect(Collectors.toSet());
        TreeSet<LocalDate> all = new TreeSet<>(fixed);
        rules.stream()
                .filter(r -> !(r instanceof DueRule.OnDate))
                .flatMap(r -> r.dates(from, to).stream())
                .filter(d -> !fixedMonths.contains(YearMonth.from(d)))
                .forEach(all::add);
        return List.copyOf(all);
    }
}
