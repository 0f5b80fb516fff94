package org.nastavnik.common.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.nastavnik.common.RussianText;

/**
 * Reading the first sheet of an import with fastexcel-reader: the header row matched to the
 * columns of a template (by their names, in any order, spaces and case aside), and the cells of a
 * data row under those columns.
 */
public final class Sheets {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904_EPOCH = LocalDate.of(1904, 1, 1);
    private static final long MAX_EXCEL_DAY = 2_958_465;

    private Sheets() {}

    /** Takes each data row of a sheet: its number as the spreadsheet shows it and its cells. */
    public interface RowSink {
        void accept(int row, SheetCell[] cells);
    }

    /**
     * Reads the first sheet: the header row matched to the columns, then each row with something
     * under them to the sink, in the file's order; returns how many rows it handed over. A problem
     * says when the file cannot be read, has no header or no rows ({@code noRowsCode}), or has more
     * than {@code maxRows} rows (rows already handed over stay handed over: the caller saves
     * nothing when there is any problem).
     */
    public static <C extends Enum<C>> int read(
            byte[] content,
            Class<C> type,
            Map<C, String> headers,
            Set<C> required,
            Set<C> dates,
            int maxRows,
            String noRowsCode,
            ImportProblems problems,
            RowSink sink) {
        int count = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            Map<C, Integer> columns =
                    rows.hasNext() ? header(rows.next(), type, headers, required, problems) : Map.of();
            if (!columns.isEmpty()) {
                boolean date1904 = workbook.isDate1904();
                int width = type.getEnumConstants().length;
                int[] indexes = new int[width];
                boolean[] isDate = new boolean[width];
                Arrays.fill(indexes, -1);
                columns.forEach((column, index) -> {
                    indexes[column.ordinal()] = index;
                    isDate[column.ordinal()] = dates.contains(column);
                });
                while (rows.hasNext()) {
                    Row row = rows.next();
                    SheetCell[] cells = cells(row, indexes, isDate, date1904);
                    if (cells == null) {
                        continue;
                    }
                    if (count == maxRows) {
                        problems.add(ImportProblem.ofFile("import.file.tooManyRows", maxRows));
                        return count;
                    }
                    sink.accept(row.getRowNum(), cells);
                    count++;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            problems.add(ImportProblem.ofFile("upload.xlsx.unreadable"));
            return count;
        }
        if (count == 0 && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile(noRowsCode));
        }
        return count;
    }

    /**
     * The index of each column in the header row; empty, with the problems added, when a header is
     * unknown or repeated or a required column is missing.
     *
     * @param headers the header of each column as the template writes it
     */
    public static <C extends Enum<C>> Map<C, Integer> header(
            Row row, Class<C> type, Map<C, String> headers, Set<C> required, ImportProblems problems) {
        Map<String, C> known = new HashMap<>();
        headers.forEach((column, header) -> known.put(RussianText.normalize(header), column));
        Map<C, Integer> columns = new EnumMap<>(type);
        boolean wrong = false;
        for (int i = 0; i < row.getCellCount(); i++) {
            String text = row.getCellText(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            C column = known.get(RussianText.normalize(text));
            if (column == null) {
                problems.add(new ImportProblem(row.getRowNum(), text.strip(), null, "import.header.unknown"));
                wrong = true;
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(new ImportProblem(row.getRowNum(), text.strip(), null, "import.header.repeated"));
                wrong = true;
            }
        }
        for (C column : required) {
            if (!columns.containsKey(column)) {
                problems.add(new ImportProblem(row.getRowNum(), headers.get(column), null, "import.header.missing"));
                wrong = true;
            }
        }
        return wrong ? Map.of() : columns;
    }

    /**
     * The cells of the row under the columns, indexed by the columns' ordinals; null for a row with
     * nothing in them.
     *
     * @param indexes the sheet's column of each of ours, by ordinal (-1: not in the sheet)
     * @param dates whether each of ours holds dates, by ordinal
     */
    private static SheetCell[] cells(Row row, int[] indexes, boolean[] dates, boolean date1904) {
        SheetCell[] cells = new SheetCell[indexes.length];
        boolean empty = true;
        int present = row.getCellCount();
        for (int ordinal = 0; ordinal < indexes.length; ordinal++) {
            int index = indexes[ordinal];
            Cell cell = index >= 0 && index < present ? row.getCell(index) : null;
            SheetCell read = cell == null ? null : cell(cell, dates[ordinal], date1904);
            if (read != null && !read.isBlank()) {
                cells[ordinal] = read;
                empty = false;
            }
        }
        return empty ? null : cells;
    }

    private static SheetCell cell(Cell cell, boolean dateColumn, boolean date1904) {
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            return new SheetCell(cell.getRawValue(), number, dateColumn ? day(number, date1904) : null);
        }
        if (value instanceof String text) {
            return SheetCell.text(text);
        }
        String raw = cell.getRawValue();
        return raw == null ? null : SheetCell.text(raw);
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
