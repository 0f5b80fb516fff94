package org.nastavnik.mentorship;

/** Kinds of mentorship (виды наставничества, DOMAIN.md §3). */
public enum MentorshipKind {
    TRADITIONAL,
    GROUP,
    VIRTUAL,
    SHORT_TERM,
    REVERSE,
    SITUATIONAL,
    SPEED;

    /** Traditional mentorship is one mentor with one mentee; a group needs three people at least. */
    boolean allows(int mentors, int mentees) {
        if (this == TRADITIONAL) {
            return mentors == 1 && mentees == 1;
        }
        if (this == GROUP) {
            return mentors + mentees >= 3;
        }
        return true;
    }
}
