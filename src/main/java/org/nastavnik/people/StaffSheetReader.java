package org.nastavnik.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.nastavnik.common.RussianText;

/**
 * Streams the first sheet of a staff list with fastexcel-reader: the header row is matched to
 * {@link StaffColumn}s (in any order, every column required, no others), then each non-empty row
 * goes through the {@link StaffRowValidator}. Only the rows read so far are held in memory, as
 * compact records; the file itself was checked by {@link org.nastavnik.common.ZipGuard} before.
 */
final class StaffSheetReader {

    static final int MAX_ROWS = 60_000;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904_EPOCH = LocalDate.of(1904, 1, 1);
    private static final long MAX_EXCEL_DAY = 2_958_465;
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[A-Z]+\\d+:[A-Z]+(\\d{1,7})\"");

    private final StaffVocabulary vocabulary;
    private final StaffRowValidator validator;
    private final ImportProblems problems;

    StaffSheetReader(StaffVocabulary vocabulary, StaffRowValidator validator, ImportProblems problems) {
        this.vocabulary = vocabulary;
        this.validator = validator;
        this.problems = problems;
    }

    /**
     * Reads the rows of the file and hands them to the sink in chunks of {@code chunk} rows, in
     * the file's order; returns how many rows were read. When the file or its header cannot be
     * read, or it has too many rows, a problem says so (rows already handed over stay handed over:
     * the caller saves nothing when there is any problem).
     */
    int read(byte[] content, int chunk, Consumer<List<StaffRow>> sink) {
        List<StaffRow> rows = new ArrayList<>(chunk);
        int count = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = stream.iterator();
            Map<StaffColumn, Integer> columns = iterator.hasNext() ? header(iterator.next()) : Map.of();
            if (columns.isEmpty()) {
                return 0;
            }
            boolean date1904 = workbook.isDate1904();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                StaffCell[] cells = cells(row, columns, date1904);
                if (cells == null) {
                    continue;
                }
                if (count == MAX_ROWS) {
                    problems.add(ImportProblem.ofFile("people.import.file.tooManyRows", MAX_ROWS));
                    return count;
                }
                rows.add(validator.read(row.getRowNum(), cells, problems));
                count++;
                if (rows.size() == chunk) {
                    sink.accept(rows);
                    rows = new ArrayList<>(chunk);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            problems.add(ImportProblem.ofFile("upload.xlsx.unreadable"));
            return count;
        }
        if (!rows.isEmpty()) {
            sink.accept(rows);
        }
        if (count == 0 && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("people.import.file.noRows"));
        }
        return count;
    }

    /** All rows of the file at once (see {@link #read(byte[], int, Consumer)}). */
    List<StaffRow> readAll(byte[] content) {
        List<StaffRow> all = new ArrayList<>();
        read(content, 1_000, all::addAll);
        return all;
    }

    /**
     * The data rows the first sheet declares in its {@code <dimension ref="A1:N60001"/>}, for the
     * progress bar only (it may include empty rows, or be missing: then 0).
     */
    static int declaredRows(byte[] content) {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            ZipArchiveEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                return 0;
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                Matcher dimension = DIMENSION.matcher(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
                return dimension.find() ? Math.max(0, Integer.parseInt(dimension.group(1)) - 1) : 0;
            }
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    /** The column index of every template column; empty (with problems) when the header is wrong. */
    private Map<StaffColumn, Integer> header(Row row) {
        Map<String, StaffColumn> known = new HashMap<>();
        vocabulary.headers().forEach((column, header) -> known.put(RussianText.normalize(header), column));
        Map<StaffColumn, Integer> columns = new EnumMap<>(StaffColumn.class);
        boolean wrong = false;
        for (int i = 0; i < row.getCellCount(); i++) {
            String text = row.getCellText(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            StaffColumn column = known.get(RussianText.normalize(text));
            if (column == null) {
                problems.add(new ImportProblem(row.getRowNum(), text.strip(), null, "people.import.header.unknown"));
                wrong = true;
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(new ImportProblem(row.getRowNum(), text.strip(), null, "people.import.header.repeated"));
                wrong = true;
            }
        }
        for (StaffColumn column : StaffColumn.values()) {
            if (!columns.containsKey(column)) {
                problems.add(new ImportProblem(
                        row.getRowNum(), vocabulary.header(column), null, "people.import.header.missing"));
                wrong = true;
            }
        }
        return wrong ? Map.of() : columns;
    }

    /** The cells of the template columns, or null for a row with nothing in them. */
    private static StaffCell[] cells(Row row, Map<StaffColumn, Integer> columns, boolean date1904) {
        StaffCell[] cells = new StaffCell[StaffColumn.values().length];
        boolean empty = true;
        for (Map.Entry<StaffColumn, Integer> entry : columns.entrySet()) {
            int index = entry.getValue();
            Cell cell = index < row.getCellCount() ? row.getCell(index) : null;
            StaffCell read = cell == null ? null : cell(cell, entry.getKey().isDate(), date1904);
            if (read != null && !read.isBlank()) {
                cells[entry.getKey().ordinal()] = read;
                empty = false;
            }
        }
        return empty ? null : cells;
    }

    private static StaffCell cell(Cell cell, boolean dateColumn, boolean date1904) {
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            return new StaffCell(cell.getRawValue(), number, dateColumn ? day(number, date1904) : null);
        }
        if (value instanceof String text) {
            return StaffCell.text(text);
        }
        String raw = cell.getRawValue();
        return raw == null ? null : StaffCell.text(raw);
    }

    /** The date an Excel day number stands for, or null when it is out of Excel's range. */
    private static LocalDate day(BigDecimal number, boolean date1904) {
        long days = number.longValue();
        if (days < 1 || days > MAX_EXCEL_DAY) {
            return null;
        }
        return (date1904 ? EXCEL_1904_EPOCH : EXCEL_EPOCH).plusDays(days);
    }
}
