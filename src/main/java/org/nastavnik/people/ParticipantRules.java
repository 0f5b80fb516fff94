package org.nastavnik.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.Violation;

/**
 * What each kind of participant needs, shared by the form, the API and the import: a pupil a class
 * from 1 to 11 with an optional letter, a student a course from 1 to 6 and a programme, a graduate a
 * plausible year of graduation, an employer's specialist the employer and the position.
 */
public final class ParticipantRules {

    public static final int MAX_COURSE = 6;

    /** «7», «7Б», «11А»: the number of the class and at most one letter. */
    private static final String CLASS_NAME = "^(?:[1-9]|1[01])\\p{Lu}?$";

    private ParticipantRules() {}

    /** Checks a {@link ParticipantData#normalized() normalized} participation. */
    public static List<Violation> check(ParticipantData data, LocalDate birthDate, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (data.kind() == null) {
            violations.add(new Violation("kind", "NotNull"));
            return violations;
        }
        switch (data.kind()) {
            case PUPIL -> {
                if (data.className() == null) {
                    violations.add(new Violation("className", "NotBlank"));
                } else if (!data.className().matches(CLASS_NAME)) {
                    violations.add(new Violation("className", "participant.className.invalid"));
                }
            }
            case STUDENT -> {
                if (data.course() == null) {
                    violations.add(new Violation("course", "NotNull"));
                } else if (data.course() < 1 || data.course() > MAX_COURSE) {
                    violations.add(new Violation("course", "participant.course.range"));
                }
                if (data.programme() == null) {
                    violations.add(new Violation("programme", "NotBlank"));
                }
            }
            case GRADUATE -> checkGraduation(violations, data.graduationYear(), birthDate, today);
            case EMPLOYER_SPECIALIST -> {
                if (data.employer() == null) {
                    violations.add(new Violation("employer", "NotBlank"));
                }
                if (data.position() == null) {
                    violations.add(new Violation("position", "NotBlank"));
                }
            }
        }
        return violations;
    }

    /** The end of a participation: given and not in the future. */
    public static List<Violation> checkEnd(LocalDate endedOn, LocalDate today) {
        if (endedOn == null) {
            return List.of(new Violation("endedOn", "NotNull"));
        }
        if (endedOn.isAfter(today)) {
            return List.of(new Violation("endedOn", "participant.end.future"));
        }
        return List.of();
    }

    private static void checkGraduation(List<Violation> violations, Integer year, LocalDate birth, LocalDate today) {
        if (year == null) {
            violations.add(new Violation("graduationYear", "NotNull"));
        } else if (year > today.getYear()) {
            violations.add(new Violation("graduationYear", "participant.graduationYear.future"));
        } else if (birth != null && year < birth.getYear() + PersonRules.MIN_WORKING_AGE) {
            violations.add(new Violation("graduationYear", "participant.graduationYear.beforeAge"));
        } else if (year < today.getYear() - PersonRules.MAX_AGE) {
            violations.add(new Violation("graduationYear", "participant.graduationYear.tooEarly"));
        }
    }
}
