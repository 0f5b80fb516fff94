package org.nastavnik.mentorship;

/**
 * Forms of mentorship (DOMAIN.md §3). The four models of «педагог – педагог» are one form: a mentee
 * may be in one open mentorship of each form, so the models share {@link #family()}.
 */
public enum MentorshipForm {
    EXPERIENCED_YOUNG(Family.TEACHER_TEACHER),
    LEADER_COMMUNICATION(Family.TEACHER_TEACHER),
    INNOVATOR_CONSERVATIVE(Family.TEACHER_TEACHER),
    SUBJECT_EXPERT_NOVICE(Family.TEACHER_TEACHER),
    HEAD_TEACHER(Family.HEAD_TEACHER),
    EMPLOYER_PEDAGOGY_STUDENT(Family.EMPLOYER_PEDAGOGY_STUDENT),
    LECTURER_YOUNG_TEACHER(Family.LECTURER_YOUNG_TEACHER),
    PARTNER_TEACHER(Family.PARTNER_TEACHER),
    PUPIL_PUPIL(Family.PUPIL_PUPIL),
    STUDENT_PUPIL(Family.STUDENT_PUPIL),
    EMPLOYER_PUPIL(Family.EMPLOYER_PUPIL),
    STUDENT_STUDENT(Family.STUDENT_STUDENT),
    EMPLOYER_STUDENT(Family.EMPLOYER_STUDENT);

    /** What a mentee may be in only once at a time. */
    public enum Family {
        TEACHER_TEACHER,
        HEAD_TEACHER,
        EMPLOYER_PEDAGOGY_STUDENT,
        LECTURER_YOUNG_TEACHER,
        PARTNER_TEACHER,
        PUPIL_PUPIL,
        STUDENT_PUPIL,
        EMPLOYER_PUPIL,
        STUDENT_STUDENT,
        EMPLOYER_STUDENT
    }

    private final Family family;

    MentorshipForm(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /** The forms sharing this one's family, this one included. */
    java.util.List<MentorshipForm> sameFamily() {
        return java.util.Arrays.stream(values()).filter(f -> f.family == family).toList();
    }
}
