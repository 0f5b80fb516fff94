package org.nastavnik.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.nastavnik.common.Identifiers;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.nastavnik.common.validation.Contacts;

/**
 * Reads one row of a staff list into a person and an employment, normalized exactly as the person
 * form does, and reports every broken rule of the form and of {@link PersonRules} in its column
 * with the form's message codes.
 */
final class StaffRowValidator {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Pattern NAME = Pattern.compile(PersonRules.NAME);
    private static final Pattern EMAIL = Pattern.compile(Contacts.EMAIL);
    private static final Pattern PHONE = Pattern.compile(Contacts.PHONE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;,]");
    private static final int SNILS_DIGITS = 11;

    private final StaffVocabulary vocabulary;
    private final long organizationId;
    private final LocalDate today;

    StaffRowValidator(StaffVocabulary vocabulary, long organizationId, LocalDate today) {
        this.vocabulary = vocabulary;
        this.organizationId = organizationId;
        this.today = today;
    }

    /**
     * The row as read; fields that break a rule are left empty and the problem is added. The row is
     * returned even then, so duplicates can still be looked for by the fields that are right.
     */
    StaffRow read(int row, StaffCell[] cells, ImportProblems problems) {
        Cells in = new Cells(row, cells, problems);
        String lastName = in.name(StaffColumn.LAST_NAME, true);
        String firstName = in.name(StaffColumn.FIRST_NAME, true);
        String middleName = in.name(StaffColumn.MIDDLE_NAME, false);
        LocalDate birthDate = in.date(StaffColumn.BIRTH_DATE);
        String snils = in.snils();
        String email = in.email();
        String phone = in.phone();
        Long positionId = in.position();
        List<Long> subjectIds = in.subjects();
        EmploymentData employment = new EmploymentData(
                organizationId,
                positionId == null ? 0 : positionId,
                subjectIds,
                in.date(StaffColumn.PEDAGOGICAL_SINCE),
                in.date(StaffColumn.ORGANIZATION_SINCE),
                in.qualification(),
                in.date(StaffColumn.MENTOR_CATEGORY_SINCE),
                in.date(StaffColumn.METHODIST_CATEGORY_SINCE));
        PersonData person = new PersonData(lastName, firstName, middleName, birthDate, email, phone, snils);
        for (Violation violation : PersonRules.check(person, employment, today)) {
            in.problem(StaffColumn.ofField(violation.field()), violation.code());
        }
        return new StaffRow(row, person, employment);
    }

    /** The date of a cell: an Excel date, or text as dd.MM.yyyy; null when blank or wrong. */
    static LocalDate parseDate(StaffCell cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        try {
            return LocalDate.parse(cell.text().strip(), DATE);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** The cells of one row with the problems they have. */
    private final class Cells {
        private final int row;
        private final StaffCell[] cells;
        private final ImportProblems problems;

        Cells(int row, StaffCell[] cells, ImportProblems problems) {
            this.row = row;
            this.cells = cells;
            this.problems = problems;
        }

        String name(StaffColumn column, boolean required) {
            String value = text(column);
            if (value == null) {
                if (required) {
                    problem(column, "NotBlank");
                }
                return null;
            }
            if (value.length() > PersonRules.NAME_MAX) {
                return reject(column, "Size");
            }
            if (!NAME.matcher(value).matches()) {
                return reject(column, "validation.name");
            }
            return value;
        }

        LocalDate date(StaffColumn column) {
            StaffCell cell = cells[column.ordinal()];
            if (cell == null || cell.isBlank()) {
                return null;
            }
            LocalDate date = parseDate(cell);
            if (date == null) {
                problem(column, "typeMismatch.java.time.LocalDate");
            }
            return date;
        }

        String snils() {
            StaffCell cell = cells[StaffColumn.SNILS.ordinal()];
            if (cell == null || cell.isBlank()) {
                return null;
            }
            String digits =
                    cell.number() != null ? wholeNumber(cell.number(), SNILS_DIGITS) : Identifiers.digits(cell.text());
            return Identifiers.validSnils(digits) ? digits : reject(StaffColumn.SNILS, "validation.snils");
        }

        String email() {
            String value = text(StaffColumn.EMAIL);
            if (value == null) {
                return null;
            }
            if (value.length() > Contacts.EMAIL_MAX) {
                return reject(StaffColumn.EMAIL, "Size");
            }
            return EMAIL.matcher(value).matches() ? value.toLowerCase(Locale.ROOT) : reject(StaffColumn.EMAIL, "Email");
        }

        String phone() {
            StaffCell cell = cells[StaffColumn.PHONE.ordinal()];
            if (cell == null || cell.isBlank()) {
                return null;
            }
            String value = cell.number() != null
                    ? wholeNumber(cell.number(), 0)
                    : cell.text().strip();
            if (value.length() > Contacts.PHONE_MAX) {
                return reject(StaffColumn.PHONE, "Size");
            }
            return PHONE.matcher(value).matches() ? value : reject(StaffColumn.PHONE, "validation.phone");
        }

        Long position() {
            String value = text(StaffColumn.POSITION);
            if (value == null) {
                problem(StaffColumn.POSITION, "NotBlank");
                return null;
            }
            Long id = vocabulary.positions().get(RussianText.normalize(value));
            if (id == null) {
                problem(StaffColumn.POSITION, "people.import.position.unknown", value);
            }
            return id;
        }

        List<Long> subjects() {
            String value = text(StaffColumn.SUBJECTS);
            if (value == null) {
                return List.of();
            }
            Set<Long> ids = new LinkedHashSet<>();
            for (String name : LIST_SEPARATOR.split(value)) {
                if (name.isBlank()) {
                    continue;
                }
                Long id = vocabulary.subjects().get(RussianText.normalize(name));
                if (id == null) {
                    problem(StaffColumn.SUBJECTS, "people.import.subject.unknown", name.strip());
                } else {
                    ids.add(id);
                }
            }
            return List.copyOf(ids);
        }

        Qualification qualification() {
            String value = text(StaffColumn.QUALIFICATION);
            if (value == null) {
                return Qualification.NONE;
            }
            Qualification qualification = vocabulary.qualifications().get(RussianText.normalize(value));
            if (qualification == null) {
                problem(StaffColumn.QUALIFICATION, "people.import.qualification.unknown");
                return Qualification.NONE;
            }
            return qualification;
        }

        private String text(StaffColumn column) {
            StaffCell cell = cells[column.ordinal()];
            return cell == null ? null : RussianText.trimToNull(cell.text());
        }

        private String reject(StaffColumn column, String code) {
            problem(column, code);
            return null;
        }

        void problem(StaffColumn column, String code, Object... arguments) {
            problems.add(new ImportProblem(row, vocabulary.header(column), shown(column), code, arguments));
        }

        private String shown(StaffColumn column) {
            StaffCell cell = cells[column.ordinal()];
            if (cell == null) {
                return null;
            }
            return cell.date() != null ? SHOWN.format(cell.date()) : cell.text();
        }
    }

    /** A number from a cell as digits, left-padded with zeros to {@code width} (Excel drops them). */
    private static String wholeNumber(BigDecimal number, int width) {
        String digits;
        try {
            digits = number.toBigIntegerExact().toString();
        } catch (ArithmeticException fraction) {
            return number.toPlainString();
        }
        return digits.length() < width ? "0".repeat(width - digits.length()) + digits : digits;
    }
}
