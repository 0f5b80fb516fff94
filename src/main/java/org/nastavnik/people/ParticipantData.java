package org.nastavnik.people;

import org.nastavnik.common.RussianText;

/**
 * A participation in student mentorship at an organization; only the fields of its kind matter.
 *
 * @param className the class of a pupil, e.g. «7Б»
 * @param course the course of a student, 1 to 6
 * @param programme the programme (speciality) of a student
 * @param graduationYear the year a graduate graduated
 * @param employer the employer of a specialist
 * @param position the position of a specialist at the employer
 */
public record ParticipantData(
        ParticipantKind kind,
        long organizationId,
        String className,
        Integer course,
        String programme,
        Integer graduationYear,
        String employer,
        String position) {

    /** The fields of its kind only, trimmed; a class written as «7 б» or «7-б» becomes «7Б». */
    public ParticipantData normalized() {
        return new ParticipantData(
                kind,
                organizationId,
                kind == ParticipantKind.PUPIL ? className(className) : null,
                kind == ParticipantKind.STUDENT ? course : null,
                kind == ParticipantKind.STUDENT ? RussianText.trimToNull(programme) : null,
                kind == ParticipantKind.GRADUATE ? graduationYear : null,
                kind == ParticipantKind.EMPLOYER_SPECIALIST ? RussianText.trimToNull(employer) : null,
                kind == ParticipantKind.EMPLOYER_SPECIALIST ? RussianText.trimToNull(position) : null);
    }

    private static String className(String text) {
        String trimmed = RussianText.trimToNull(text);
        return trimmed == null ? null : trimmed.replaceAll("[\\s\\-]", "").toUpperCase(RussianText.RU);
    }
}
