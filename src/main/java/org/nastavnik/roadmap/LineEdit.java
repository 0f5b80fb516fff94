package org.nastavnik.roadmap;

/**
 * The author's edit of an activity: every text as it should read now (blank: none, except the
 * activity) and the line's version read.
 */
public record LineEdit(
        String activity, String deadline, String responsible, String result, String coExecutors, Long version) {}
