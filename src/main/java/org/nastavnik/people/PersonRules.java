package org.nastavnik.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.Violation;

/**
 * Rules that span fields, shared by the form, the API and the import: dates are not in the
 * future, no experience starts before the person could work (14 years of age), the categories
 * «педагог-наставник» and «педагог-методист» go with the highest category and exist since
 * 01.09.2023, and an employment ends after it starts.
 */
public final class PersonRules {

    public static final int MIN_WORKING_AGE = 14;
    public static final int MAX_AGE = 100;

    /**
     * The categories «педагог-наставник» and «педагог-методист» were introduced by the order of
     * the Ministry of Education of 24.03.2023 No. 196, in force from this day, for holders of the
     * highest category only.
     */
    public static final LocalDate CATEGORIES_INTRODUCED = LocalDate.of(2023, 9, 1);

    private PersonRules() {}

    public static List<Violation> check(PersonData person, EmploymentData employment, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        LocalDate birth = person.birthDate();
        if (birth != null) {
            if (birth.isAfter(today)) {
                violations.add(new Violation("birthDate", "person.birthDate.future"));
            } else if (birth.isBefore(today.minusYears(MAX_AGE))) {
                violations.add(new Violation("birthDate", "person.birthDate.tooOld"));
            }
        }
        if (employment != null) {
            checkStart(violations, "pedagogicalSince", employment.pedagogicalSince(), birth, today);
            checkStart(violations, "organizationSince", employment.organizationSince(), birth, today);
            checkStart(violations, "mentorCategorySince", employment.mentorCategorySince(), birth, today);
            checkStart(violations, "methodistCategorySince", employment.methodistCategorySince(), birth, today);
            checkCategory(violations, "mentorCategorySince", employment.mentorCategorySince(), employment);
            checkCategory(violations, "methodistCategorySince", employment.methodistCategorySince(), employment);
        }
        return violations;
    }

    /** The end of an employment: given, not in the future, not before it started. */
    public static List<Violation> checkEnd(EmploymentData employment, LocalDate endedOn, LocalDate today) {
        if (endedOn == null) {
            return List.of(new Violation("endedOn", "NotNull"));
        }
        if (endedOn.isAfter(today)) {
            return List.of(new Violation("endedOn", "employment.end.future"));
        }
        if (employment.organizationSince() != null && endedOn.isBefore(employment.organizationSince())) {
            return List.of(new Violation("endedOn", "employment.end.beforeStart"));
        }
        return List.of();
    }

    private static void checkCategory(
            List<Violation> violations, String field, LocalDate since, EmploymentData employment) {
        // no qualification means it could not be read, and that is reported on its own
        if (since == null
                || employment.qualification() == null
                || violations.stream().anyMatch(v -> v.field().equals(field))) {
            return;
        }
        if (employment.qualification() != Qualification.HIGHEST) {
            violations.add(new Violation(field, "employment.category.needsHighest"));
        } else if (since.isBefore(CATEGORIES_INTRODUCED)) {
            violations.add(new Violation(field, "employment.category.beforeIntroduced"));
        }
    }

    private static void checkStart(
            List<Violation> violations, String field, LocalDate start, LocalDate birth, LocalDate today) {
        if (start == null) {
            return;
        }
        if (start.isAfter(today)) {
            violations.add(new Violation(field, "employment.date.future"));
        } else if (birth != null && start.isBefore(birth.plusYears(MIN_WORKING_AGE))) {
            violations.add(new Violation(field, "employment.date.beforeWorkingAge"));
        } else if (start.isBefore(today.minusYears(MAX_AGE - MIN_WORKING_AGE))) {
            violations.add(new Violation(field, "employment.date.tooEarly"));
        }
    }
}
