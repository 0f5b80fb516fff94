package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.imports.ImportProblem;
import org.nastavnik.common.imports.ImportProblems;
import org.nastavnik.common.imports.RowCells;

class StaffSheetReaderTest {

    private final StaffVocabulary vocabulary = StaffRowValidatorTest.vocabulary();
    private final ImportProblems problems = new ImportProblems(100);
    private final StaffSheetReader reader = new StaffSheetReader(
            vocabulary,
            new StaffRowValidator(vocabulary, StaffRowValidatorTest.ORGANIZATION, StaffRowValidatorTest.TODAY),
            problems);

    @Test
    void readsEveryRowOfAValidFileSkippingEmptyOnes() {
        List<List<Object>> rows = StaffWorkbooks.rows(25, 3);
        rows.add(10, new ArrayList<>(java.util.Collections.nCopies(StaffColumn.values().length, null)));

        List<StaffRow> read = reader.readAll(StaffWorkbooks.write(StaffWorkbooks.headers(), rows));

        assertThat(problems.list()).isEmpty();
        assertThat(read).hasSize(25);
        assertThat(read.get(10).row()).isEqualTo(13);
        assertThat(read.get(0).person().email()).isEqualTo(StaffWorkbooks.email(0, 3));
        // row 1 has its dates as Excel dates, row 0 its birth date as text
        assertThat(read.get(1).person().birthDate()).isEqualTo(rows.get(1).get(StaffColumn.BIRTH_DATE.ordinal()));
        assertThat(read.get(0).person().birthDate())
                .isEqualTo(java.time.LocalDate.parse(
                        (String) rows.get(0).get(StaffColumn.BIRTH_DATE.ordinal()), RowCells.DATE));
    }

    @Test
    void findsColumnsByTheirHeadersInAnyOrder() {
        List<String> headers = new ArrayList<>(StaffWorkbooks.headers());
        List<List<Object>> rows = StaffWorkbooks.rows(3, 3);
        java.util.Collections.swap(headers, 0, 1);
        rows.forEach(row -> java.util.Collections.swap(row, 0, 1));

        List<StaffRow> read = reader.readAll(StaffWorkbooks.write(headers, rows));

        assertThat(problems.list()).isEmpty();
        assertThat(read.get(0).person().lastName())
                .isEqualTo(StaffWorkbooks.rows(1, 3).get(0).get(0));
    }

    @Test
    void reportsMissingAndRenamedColumnsAndReadsNoRows() {
        List<String> headers = new ArrayList<>(StaffWorkbooks.headers());
        headers.set(StaffColumn.SNILS.ordinal(), "SNILS number");
        headers.remove(StaffColumn.PHONE.ordinal());
        List<List<Object>> rows = StaffWorkbooks.rows(3, 3);
        rows.forEach(row -> row.remove(StaffColumn.PHONE.ordinal()));

        List<StaffRow> read = reader.readAll(StaffWorkbooks.write(headers, rows));

        assertThat(read).isEmpty();
        assertThat(problems.list())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(
                        tuple(1, "SNILS number", "import.header.unknown"),
                        tuple(1, vocabulary.header(StaffColumn.SNILS), "import.header.missing"),
                        tuple(1, vocabulary.header(StaffColumn.PHONE), "import.header.missing"));
    }

    @Test
    void refusesAFileWithMoreThan60000Rows() {
        byte[] file = StaffWorkbooks.valid(StaffSheetReader.MAX_ROWS + 1, 4);

        reader.readAll(file);

        assertThat(problems.list())
                .extracting(ImportProblem::row, ImportProblem::code)
                .containsExactly(tuple(0, "import.file.tooManyRows"));
    }

    @Test
    void refusesAFileWithOnlyAHeader() {
        List<StaffRow> read = reader.readAll(StaffWorkbooks.write(StaffWorkbooks.headers(), List.of()));

        assertThat(read).isEmpty();
        assertThat(problems.list()).extracting(ImportProblem::code).containsExactly("people.import.file.noRows");
    }

    @Test
    void refusesAnEmptySheetWithoutEvenAHeader() throws IOException {
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(empty, "test", "1.0");
        workbook.newWorksheet("staff");
        workbook.finish();

        assertThat(reader.readAll(empty.toByteArray())).isEmpty();
        assertThat(problems.list()).extracting(ImportProblem::code).containsExactly("people.import.file.noRows");
    }

    @Test
    void takesTheRowCountForTheProgressBarFromTheSheetDimensionWhenThereIsOne() throws IOException {
        ByteArrayOutputStream excelLike = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(excelLike)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(
                    "<worksheet><dimension ref=\"A1:N124\"/><sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(StaffSheetReader.declaredRows(excelLike.toByteArray())).isEqualTo(123);
        // fastexcel streams and cannot know the size: its dimension is "A1"
        assertThat(StaffSheetReader.declaredRows(StaffWorkbooks.valid(3, 3))).isZero();
    }

    @Test
    void reportsRowsThatRepeatAnEarlierRowOfTheFile() {
        List<List<Object>> rows = StaffWorkbooks.rows(4, 3);
        rows.get(2).set(StaffColumn.SNILS.ordinal(), rows.get(0).get(StaffColumn.SNILS.ordinal()));
        rows.get(3).set(StaffColumn.EMAIL.ordinal(), rows.get(1).get(StaffColumn.EMAIL.ordinal()));
        rows.get(3).set(StaffColumn.EMAIL.ordinal(), "STAFF-3-1@import.example.ru");
        List<StaffRow> read = reader.readAll(StaffWorkbooks.write(StaffWorkbooks.headers(), rows));

        new StaffDuplicates.InFile(vocabulary, problems, read.size()).check(read);

        assertThat(problems.list())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code, p -> p.arguments()[0])
                .containsExactly(
                        tuple(4, vocabulary.header(StaffColumn.SNILS), "people.import.duplicateInFile", 2),
                        tuple(5, vocabulary.header(StaffColumn.EMAIL), "people.import.duplicateInFile", 3));
    }
}
