package org.nastavnik.people;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.nastavnik.common.imports.ImportProblems;
import org.nastavnik.common.imports.RowCells;
import org.nastavnik.common.imports.SheetCell;

/**
 * Reads one row of a staff list into a person and an employment, normalized exactly as the person
 * form does, and reports every broken rule of the form and of {@link PersonRules} in its column
 * with the form's message codes.
 */
final class StaffRowValidator {

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
    StaffRow read(int row, SheetCell[] cells, ImportProblems problems) {
        RowCells<StaffColumn> in = new RowCells<>(row, cells, vocabulary::header, problems);
        String lastName = in.name(StaffColumn.LAST_NAME, true);
        String firstName = in.name(StaffColumn.FIRST_NAME, true);
        String middleName = in.name(StaffColumn.MIDDLE_NAME, false);
        LocalDate birthDate = in.date(StaffColumn.BIRTH_DATE);
        String snils = in.snils(StaffColumn.SNILS);
        String email = in.email(StaffColumn.EMAIL);
        String phone = in.phone(StaffColumn.PHONE);
        Long positionId = position(in);
        List<Long> subjectIds = subjects(in);
        EmploymentData employment = new EmploymentData(
                organizationId,
                positionId == null ? 0 : positionId,
                subjectIds,
                in.date(StaffColumn.PEDAGOGICAL_SINCE),
                in.date(StaffColumn.ORGANIZATION_SINCE),
                qualification(in),
                in.date(StaffColumn.MENTOR_CATEGORY_SINCE),
                in.date(StaffColumn.METHODIST_CATEGORY_SINCE));
        PersonData person = new PersonData(lastName, firstName, middleName, birthDate, email, phone, snils);
        for (Violation violation : PersonRules.check(person, employment, today)) {
            in.problem(StaffColumn.ofField(violation.field()), violation.code());
        }
        return new StaffRow(row, person, employment);
    }

    private Long position(RowCells<StaffColumn> in) {
        String value = in.text(StaffColumn.POSITION);
        if (value == null) {
            return in.reject(StaffColumn.POSITION, "NotBlank");
        }
        Long id = vocabulary.positions().get(RussianText.normalize(value));
        if (id == null) {
            in.problem(StaffColumn.POSITION, "people.import.position.unknown", value);
        }
        return id;
    }

    private List<Long> subjects(RowCells<StaffColumn> in) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : in.items(StaffColumn.SUBJECTS, true)) {
            Long id = vocabulary.subjects().get(RussianText.normalize(name));
            if (id == null) {
                in.problem(StaffColumn.SUBJECTS, "people.import.subject.unknown", name);
            } else {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private Qualification qualification(RowCells<StaffColumn> in) {
        String value = in.text(StaffColumn.QUALIFICATION);
        if (value == null) {
            return Qualification.NONE;
        }
        Qualification qualification = vocabulary.qualifications().get(RussianText.normalize(value));
        if (qualification == null) {
            in.problem(StaffColumn.QUALIFICATION, "people.import.qualification.unknown");
            return Qualification.NONE;
        }
        return qualification;
    }
}
