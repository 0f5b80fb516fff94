package org.nastavnik.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules that span fields, shared by the form, the API and the import: dates are not in the
 * future, and no experience starts before the person could work (14 years of age).
 */
public final class PersonRules {

    public static final int MIN_WORKING_AGE = 14;
    public static final int MAX_AGE = 100;

    /** Letters (Cyrillic or Latin), spaces, hyphens and apostrophes, starting with a letter. */
    public static final String NAME = "^\\p{L}[\\p{L}\\s'\\-\u2019]*$";

    /** Digits, plus, brackets, hyphens and spaces. */
    public static final String PHONE = "^[0-9+()\\-\\s]{5,50}$";

    /**
     * An address as {@code @Email} accepts it (dot-separated atoms of the characters RFC 5322
     * allows unquoted, then a domain with at least one dot), so that the form and the import agree.
     */
    public static final String EMAIL =
            "^[\\w!#$%&'*+/=?^`{|}~\\u0080-\\uFFFF-]+(\\.[\\w!#$%&'*+/=?^`{|}~\\u0080-\\uFFFF-]+)*"
                    + "@[^@\\s.]+(\\.[^@\\s.]+)+$";

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 200;
    public static final int PHONE_MAX = 50;

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
        }
        return violations;
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
