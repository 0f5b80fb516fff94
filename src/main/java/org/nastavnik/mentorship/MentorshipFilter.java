package org.nastavnik.mentorship;

/** What the pairs list is narrowed to; every part optional. */
public record MentorshipFilter(Long unitId, MentorshipStatus status, MentorshipForm form, String text) {

    public static final MentorshipFilter ALL = new MentorshipFilter(null, null, null, null);
}
