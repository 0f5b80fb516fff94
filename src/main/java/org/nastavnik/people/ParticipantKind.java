package org.nastavnik.people;

/** Who takes part in student mentorship besides staff. */
public enum ParticipantKind {
    /** A school pupil, with a class such as «7Б». */
    PUPIL,
    /** A student of a college or university: course 1–6 and a programme. */
    STUDENT,
    /** A graduate, with the year of graduation. */
    GRADUATE,
    /** A specialist of an employer (enterprise, partner): its name and the position there. */
    EMPLOYER_SPECIALIST
}
