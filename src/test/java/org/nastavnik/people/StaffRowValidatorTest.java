package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.imports.ImportProblem;
import org.nastavnik.common.imports.ImportProblems;
import org.nastavnik.common.imports.SheetCell;
import org.springframework.context.support.ResourceBundleMessageSource;

class StaffRowValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final long ORGANIZATION = 42;

    private final StaffVocabulary vocabulary = vocabulary();
    private final StaffRowValidator validator = new StaffRowValidator(vocabulary, ORGANIZATION, TODAY);
    private final ImportProblems problems = new ImportProblems(100);

    static StaffVocabulary vocabulary() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return StaffVocabulary.of(messages, StaffWorkbooks.positions(), StaffWorkbooks.subjects());
    }

    @Test
    void readsAValidRowNormalizedLikeThePersonForm() {
        List<Object> values = StaffWorkbooks.rows(2, 7).get(1);
        values.set(StaffColumn.EMAIL.ordinal(), "  Staff-7-1@Import.Example.RU ");
        values.set(
                StaffColumn.SNILS.ordinal(),
                "000-700-001 " + StaffWorkbooks.snils(1, 7).substring(9));
        values.set(StaffColumn.MIDDLE_NAME.ordinal(), "   ");
        values.set(
                StaffColumn.QUALIFICATION.ordinal(),
                vocabularyWord(Qualification.HIGHEST).toUpperCase());

        StaffRow row = read(values);

        assertThat(problems.list()).isEmpty();
        assertThat(row.person().email()).isEqualTo("staff-7-1@import.example.ru");
        assertThat(row.person().snils()).isEqualTo(StaffWorkbooks.snils(1, 7)).hasSize(11);
        assertThat(row.person().middleName()).isNull();
        assertThat(row.employment().organizationId()).isEqualTo(ORGANIZATION);
        assertThat(row.employment().positionId()).isPositive();
        assertThat(row.employment().qualification()).isEqualTo(Qualification.HIGHEST);
        assertThat(row.nameKey()).isEqualTo(Person.searchText(row.person()));
    }

    @Test
    void acceptsExcelDatesAndDatesWrittenAsText() {
        List<Object> values = StaffWorkbooks.rows(2, 7).get(1);
        LocalDate birth = (LocalDate) values.get(StaffColumn.BIRTH_DATE.ordinal());
        values.set(
                StaffColumn.BIRTH_DATE.ordinal(),
                birth.getDayOfMonth() + "." + birth.getMonthValue() + "." + birth.getYear());
        SheetCell[] cells = cells(values);
        // 39083 is 2007-01-01 in Excel's day numbers
        cells[StaffColumn.PEDAGOGICAL_SINCE.ordinal()] =
                new SheetCell("39083", new BigDecimal(39083), LocalDate.of(2007, 1, 1));

        StaffRow row = validator.read(2, cells, problems);

        assertThat(problems.list()).isEmpty();
        assertThat(row.person().birthDate()).isEqualTo(birth);
        assertThat(row.employment().pedagogicalSince()).isEqualTo(LocalDate.of(2007, 1, 1));
    }

    @Test
    void readsSnilsAndPhoneStoredAsNumbersKeepingTheLeadingZero() {
        List<Object> values = StaffWorkbooks.rows(1, 7).get(0);
        SheetCell[] cells = cells(values);
        String snils = StaffWorkbooks.snils(0, 7);
        cells[StaffColumn.SNILS.ordinal()] = new SheetCell(snils, new BigDecimal(snils), null);
        cells[StaffColumn.PHONE.ordinal()] = new SheetCell("79001234567", new BigDecimal("79001234567"), null);

        StaffRow row = validator.read(2, cells, problems);

        assertThat(problems.list()).isEmpty();
        assertThat(row.person().snils()).isEqualTo(snils).startsWith("0");
        assertThat(row.person().phone()).isEqualTo("79001234567");
    }

    @Test
    void reportsEveryBrokenRuleOfARowInItsColumnWithTheFormsMessages() {
        List<Object> values = StaffWorkbooks.rows(1, 7).get(0);
        values.set(StaffColumn.LAST_NAME.ordinal(), null);
        values.set(StaffColumn.FIRST_NAME.ordinal(), "R2-D2");
        values.set(StaffColumn.EMAIL.ordinal(), "not an address");
        values.set(StaffColumn.SNILS.ordinal(), "123-456-789 00");
        values.set(StaffColumn.PHONE.ordinal(), "call me");
        values.set(StaffColumn.ORGANIZATION_SINCE.ordinal(), "31.02.2020");

        read(values);

        assertThat(problems.list())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(
                        tuple(2, header(StaffColumn.LAST_NAME), "NotBlank"),
                        tuple(2, header(StaffColumn.FIRST_NAME), "validation.name"),
                        tuple(2, header(StaffColumn.SNILS), "validation.snils"),
                        tuple(2, header(StaffColumn.EMAIL), "Email"),
                        tuple(2, header(StaffColumn.PHONE), "validation.phone"),
                        tuple(2, header(StaffColumn.ORGANIZATION_SINCE), "typeMismatch.java.time.LocalDate"));
        assertThat(problems.list().get(3).value()).isEqualTo("not an address");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        List<Object> values = StaffWorkbooks.rows(1, 7).get(0);
        values.set(StaffColumn.BIRTH_DATE.ordinal(), TODAY.plusDays(1));
        values.set(StaffColumn.PEDAGOGICAL_SINCE.ordinal(), null);
        values.set(StaffColumn.ORGANIZATION_SINCE.ordinal(), null);
        values.set(StaffColumn.MENTOR_CATEGORY_SINCE.ordinal(), null);
        values.set(StaffColumn.METHODIST_CATEGORY_SINCE.ordinal(), null);

        read(values);

        assertThat(problems.list())
                .extracting(ImportProblem::column, ImportProblem::code, ImportProblem::value)
                .containsExactly(tuple(header(StaffColumn.BIRTH_DATE), "person.birthDate.future", "24.11.2026"));
    }

    @Test
    void refusesExperienceLongerThanTheWorkingLife() {
        List<Object> values = StaffWorkbooks.rows(1, 7).get(0);
        values.set(StaffColumn.BIRTH_DATE.ordinal(), LocalDate.of(1990, 5, 1));
        values.set(StaffColumn.PEDAGOGICAL_SINCE.ordinal(), LocalDate.of(2003, 9, 1));
        values.set(StaffColumn.ORGANIZATION_SINCE.ordinal(), LocalDate.of(2010, 9, 1));
        values.set(StaffColumn.MENTOR_CATEGORY_SINCE.ordinal(), TODAY.plusYears(1));
        values.set(StaffColumn.METHODIST_CATEGORY_SINCE.ordinal(), null);

        read(values);

        assertThat(problems.list())
                .extracting(ImportProblem::column, ImportProblem::code)
                .containsExactly(
                        tuple(header(StaffColumn.PEDAGOGICAL_SINCE), "employment.date.beforeWorkingAge"),
                        tuple(header(StaffColumn.MENTOR_CATEGORY_SINCE), "employment.date.future"));
    }

    @Test
    void refusesPositionsSubjectsAndCategoriesOutsideTheReferenceLists() {
        List<Object> values = StaffWorkbooks.rows(1, 7).get(0);
        values.set(StaffColumn.POSITION.ordinal(), "Astronaut");
        values.set(
                StaffColumn.SUBJECTS.ordinal(), StaffWorkbooks.subjects().get(0).name() + ", Alchemy");
        values.set(StaffColumn.QUALIFICATION.ordinal(), "top");

        read(values);

        assertThat(problems.list())
                .extracting(ImportProblem::code, p -> List.of(p.arguments()))
                .containsExactly(
                        tuple("people.import.position.unknown", List.of("Astronaut")),
                        tuple("people.import.subject.unknown", List.of("Alchemy")),
                        tuple("people.import.qualification.unknown", List.of()));
    }

    @Test
    void requiresLastNameFirstNameAndPosition() {
        SheetCell[] cells = new SheetCell[StaffColumn.values().length];
        cells[StaffColumn.MIDDLE_NAME.ordinal()] = SheetCell.text("Ivanovich");

        validator.read(9, cells, problems);

        assertThat(problems.list())
                .extracting(ImportProblem::column, ImportProblem::code)
                .containsExactly(
                        tuple(header(StaffColumn.LAST_NAME), "NotBlank"),
                        tuple(header(StaffColumn.FIRST_NAME), "NotBlank"),
                        tuple(header(StaffColumn.POSITION), "NotBlank"));
    }

    private StaffRow read(List<Object> values) {
        return validator.read(2, cells(values), problems);
    }

    /** Cells as the sheet reader makes them: dates from Excel dates, text from anything else. */
    static SheetCell[] cells(List<Object> values) {
        SheetCell[] cells = new SheetCell[values.size()];
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof LocalDate date) {
                cells[i] = new SheetCell(date.toString(), BigDecimal.ONE, date);
            } else if (value != null) {
                cells[i] = SheetCell.text(value.toString());
            }
        }
        return cells;
    }

    private String header(StaffColumn column) {
        return vocabulary.header(column);
    }

    private String vocabularyWord(Qualification qualification) {
        return vocabulary.qualifications().entrySet().stream()
                .filter(e -> e.getValue() == qualification)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }
}
