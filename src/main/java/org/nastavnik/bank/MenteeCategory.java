package org.nastavnik.bank;

/** Why a person is mentored; the last three are for student mentorship. */
public enum MenteeCategory {
    YOUNG_SPECIALIST,
    AFTER_BREAK,
    NEW_IN_ORGANIZATION,
    FIELD_GROWTH,
    DIGITAL_SKILLS,
    BURNOUT,
    OTHER_DIFFICULTIES,
    INTERN,
    PUPIL,
    STUDENT,
    GRADUATE
}
