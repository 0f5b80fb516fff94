package org.nastavnik.roadmap;

/**
 * An activity added to a saved roadmap: where it goes ({@code after} the line at that position; null
 * for the end), its number as written and its texts (blank: none, except the activity).
 */
public record LineDraft(
        Integer after,
        String number,
        String activity,
        String deadline,
        String responsible,
        String result,
        String coExecutors) {}
