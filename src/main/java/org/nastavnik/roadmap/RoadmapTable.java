package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a roadmap's table from text as it is pasted from Word or Excel (tab-separated rows) or
 * written as a markdown-like pipe table: the header found by the meaning of its cells in any column
 * order (resource {@code roadmap/table-headers.properties}); separator rows, repeated headers after
 * a page break and «1 2 3 4 5» numbering rows skipped; rows with a number but no deadline,
 * responsible or result are sections; rows without a number continue the row before (a cell split
 * across pages, a word hyphenated across them joined again).
 */
public final class RoadmapTable {

    /**
     * The meanings of a column, in the order their header words are tried: the co-executors before
     * the responsible, whose words («исполнители») «соисполнители» contains.
     */
    public enum Column {
        NUMBER,
        DEADLINE,
        CO_EXECUTORS,
        RESPONSIBLE,
        RESULT,
        ACTIVITY
    }

    /** A row of the plan: a section or an item, in the order of the table. */
    public sealed interface Row permits Section, Item {}

    /** A section row: «2.1 Аналитико-диагностическая деятельность». */
    public record Section(String number, String title) implements Row {}

    /**
     * An activity of the plan with its texts as written; {@code section} is its section's number or
     * null; {@code coExecutors} from a column of their own or marked so in the responsible's cell.
     */
    public record Item(
            String section,
            String number,
            String activity,
            String deadline,
            String responsible,
            String result,
            String coExecutors)
            implements Row {}

    /**
     * What was read; {@code problems} are message codes with the row they concern.
     *
     * @param header the header's cells as written, one for each column of the table, for the
     *     preview's mapping (empty texts for a table without a header row)
     * @param samples the first value written under each header cell, empty when none is
     * @param columns the column of each meaning the table was read with (recognized or the author's)
     * @param mappingProblems what was wrong with the author's mapping: a refused one (see {@link
     *     #mappingRefused()}) leaves the recognized columns in place, a column the table does not
     *     have is only ignored
     * @param recognized whether the header was recognized by its words; a table whose header was
     *     not is read only with the author's mapping
     */
    public record Parsed(
            List<String> header,
            List<String> samples,
            Map<Column, Integer> columns,
            List<Row> rows,
            List<Problem> problems,
            List<Problem> mappingProblems,
            boolean recognized) {

        /** A table whose header was not recognized and that waits for the author's mapping. */
        public boolean needsMapping() {
            return !recognized && !header.isEmpty() && rows.isEmpty();
        }

        /** Whether the author's mapping was refused (and the table read with the recognized columns). */
        public boolean mappingRefused() {
            return mappingProblems.stream().anyMatch(p -> refuses(p.code()));
        }

        /** The meaning of each header cell, null for a column not used. */
        public List<Column> mapping() {
            List<Column> mapping = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                mapping.add(null);
            }
            columns.forEach((column, index) -> {
                if (index < mapping.size()) {
                    mapping.set(index, column);
                }
            });
            return mapping;
        }

        public List<Section> sections() {
            return rows.stream()
                    .filter(Section.class::isInstance)
                    .map(Section.class::cast)
                    .toList();
        }

        public List<Item> items() {
            return rows.stream()
                    .filter(Item.class::isInstance)
                    .map(Item.class::cast)
                    .toList();
        }
    }

    public record Problem(String code, String number) {

        /** Whether this problem of an author's mapping refuses it. */
        public boolean refuses() {
            return RoadmapTable.refuses(code);
        }
    }

    /** Whether a problem of the author's mapping refuses it (the others only drop a part of it). */
    public static boolean refuses(String code) {
        return code.equals(MAPPING_NO_ACTIVITY)
                || code.equals(MAPPING_NO_DEADLINE)
                || code.equals(MAPPING_NEEDED)
                || code.startsWith(MAPPING_REPEATED);
    }

    /** A mapped column beyond the header's cells: ignored, the table read without it. */
    public static final String MAPPING_OUT_OF_TABLE = "roadmap.mapping.outOfTable";

    /** No column marked as the activity: the mapping is refused. */
    public static final String MAPPING_NO_ACTIVITY = "roadmap.mapping.noActivity";

    /** No column marked as the deadline: the mapping is refused. */
    public static final String MAPPING_NO_DEADLINE = "roadmap.mapping.noDeadline";

    /** A table found without a header recognized by its words: the author says what each column is. */
    public static final String MAPPING_NEEDED = "roadmap.mapping.needed";

    /** Two columns with one meaning ({@code MAPPING_REPEATED + "deadline"}, the columns as the number). */
    public static final String MAPPING_REPEATED = "roadmap.mapping.repeated.";

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern ONLY_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?$");
    private static final Pattern SEPARATOR = Pattern.compile("^:?-*:?$");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    // compiled once: every cell of a 2,000-row table passes through them
    private static final Pattern CARRIAGE_RETURN = Pattern.compile("\\r\\n?");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern LINE_BREAK = Pattern.compile(" ?\n[ \n]*");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private static final Map<Column, Pattern> HEADERS = headers();

    /** Longer header cells are data: «Обучение наставников … в течение срока …» is not a header. */
    private static final int HEADER_MAX = 60;

    private RoadmapTable() {}

    /** Reads a table pasted as text: tab-separated rows, or a pipe table ({@code <br>} breaks a cell's line). */
    public static Parsed parse(String text) {
        return parse(text, null);
    }

    /**
     * Reads a pasted table with the author's mapping: the meaning of each header cell in order (null
     * for a column not used); null or empty for the columns recognized by their headers.
     */
    public static Parsed parse(String text, List<Column> mapping) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            List<String> cells = cells(line);
            if (cells != null) {
                rows.add(cells);
            }
        }
        return read(rows, mapping);
    }

    /**
     * Reads the rows of a table, whatever they came from (pasted text, a Word document): finds the
     * header, skips separators, repeated headers and numbering rows, and tells sections, items and
     * rows that continue the one before.
     */
    public static Parsed read(List<List<String>> table) {
        return read(table, null);
    }

    /**
     * Reads the rows of a table with the author's mapping (see {@link #parse(String, List)}): exactly
     * one activity and one deadline column, at most one of each other meaning, or the mapping is
     * refused with its problems and the recognized columns are used; a column the header does not
     * have is ignored. A table whose header is not recognized by its words (or that has no header
     * row) is read only with a mapping: without one, or with a refused one, it has no rows and the
     * problem {@link #MAPPING_NEEDED}, so the preview can ask what each column is.
     */
    public static Parsed read(List<List<String>> table, List<Column> mapping) {
        List<List<String>> all = new ArrayList<>(table.size());
        for (List<String> raw : table) {
            all.add(raw.stream().map(RoadmapTable::normalize).toList());
        }
        int headerAt = -1;
        Map<Column, Integer> recognized = null;
        for (int r = 0; r < all.size() && recognized == null; r++) {
            recognized = header(all.get(r));
            headerAt = recognized == null ? -1 : r;
        }
        boolean byWords = recognized != null;
        if (!byWords) {
            int first = firstWithData(all);
            if (first < 0) {
                return noTable();
            }
            // a first row of short words is taken for a header nobody recognized; else there is none
            headerAt = looksLikeHeader(all.get(first)) ? first : first - 1;
            recognized = new EnumMap<>(Column.class);
        }
        List<List<String>> data = all.subList(headerAt + 1, all.size());
        List<String> writtenHeader = headerAt < 0 ? List.of() : all.get(headerAt);
        int width = byWords ? writtenHeader.size() : 0;
        for (List<String> row : data) {
            for (int c = row.size() - 1; c >= width; c--) {
                if (!row.get(c).isEmpty()) {
                    width = c + 1;
                    break;
                }
            }
        }
        width = Math.max(width, writtenHeader.size());
        if (!byWords && width < 2) {
            return noTable();
        }
        List<String> headerCells = new ArrayList<>(writtenHeader);
        while (headerCells.size() < width) {
            headerCells.add("");
        }
        List<Problem> mappingProblems = new ArrayList<>();
        Map<Column, Integer> columns =
                mapping == null || mapping.isEmpty() ? recognized : mapped(mapping, width, mappingProblems, recognized);
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (columns.containsKey(Column.ACTIVITY)) {
            rows = rows(data, columns, writtenHeader, problems);
        } else if (mappingProblems.isEmpty()) {
            mappingProblems.add(new Problem(MAPPING_NEEDED, null));
        }
        return new Parsed(
                headerCells, samples(data, width, writtenHeader), columns, rows, problems, mappingProblems, byWords);
    }

    /** No table found: nothing to read or map. */
    private static Parsed noTable() {
        return new Parsed(
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                List.of(new Problem("roadmap.import.noTable", null)),
                List.of(),
                false);
    }

    /** The index of the first row with a cell that is not empty nor a separator, or -1. */
    private static int firstWithData(List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (!blank(rows.get(r))) {
                return r;
            }
        }
        return -1;
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c.isEmpty() || SEPARATOR.matcher(c).matches());
    }

    /**
     * Whether an unrecognized first row reads as a header: at least two short cells, none of them a
     * number or starting with one (a section «1. Подготовительный этап», an item «1.1»), a deadline
     * («октябрь», «ежегодно») or a person's name («Иванова И.И.»): those are an activity's.
     */
    private static boolean looksLikeHeader(List<String> cells) {
        int written = 0;
        for (String cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            if (cell.length() > HEADER_MAX
                    || Character.isDigit(cell.charAt(0))
                    || DEADLINES.interpret(cell).kind() != Deadline.Kind.UNKNOWN
                    || !ResponsibleNames.written(cell).isEmpty()) {
                return false;
            }
            written++;
        }
        return written >= 2 && !numberingRow(cells);
    }

    private static final DeadlineInterpreter DEADLINES = DeadlineInterpreter.standard();

    /** The first value under each column, for the preview's mapping. */
    private static List<String> samples(List<List<String>> data, int width, List<String> header) {
        List<String> samples = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String sample = "";
            for (List<String> row : data) {
                if (c < row.size()
                        && !row.get(c).isEmpty()
                        && !SEPARATOR.matcher(row.get(c)).matches()
                        && !row.equals(header)
                        && header(row) == null
                        && !numberingRow(row)) {
                    sample = row.get(c);
                    break;
                }
            }
            samples.add(sample);
        }
        return samples;
    }

    /**
     * The sections and items of the rows under the header: repeated headers (recognized, or the same
     * cells as the header), separators and numbering rows skipped; rows without a number continue the
     * item before; a responsible cell that marks its co-executors is split.
     */
    private static List<Row> rows(
            List<List<String>> data, Map<Column, Integer> columns, List<String> header, List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        String section = null;
        boolean lastWasItem = false;
        Item previousItem = null;
        for (List<String> cells : data) {
            if (header(cells) != null
                    || (!header.isEmpty() && cells.equals(header))
                    || blank(cells)
                    || numberingRow(cells)) {
                continue;
            }
            String number = cell(cells, columns, Column.NUMBER);
            String activity = cell(cells, columns, Column.ACTIVITY);
            String deadline = cell(cells, columns, Column.DEADLINE);
            String responsible = cell(cells, columns, Column.RESPONSIBLE);
            String result = cell(cells, columns, Column.RESULT);
            String coExecutors = cell(cells, columns, Column.CO_EXECUTORS);
            boolean detailsEmpty =
                    deadline.isEmpty() && responsible.isEmpty() && result.isEmpty() && coExecutors.isEmpty();
            String title = activity.isEmpty() ? number : activity;
            // without a number column, a row continues the one before only when it has no deadline
            boolean continues = columns.containsKey(Column.NUMBER) ? number.isEmpty() : deadline.isEmpty();
            if (continues && lastWasItem && !startsWithNumber(title)) {
                Item previous = (Item) rows.remove(rows.size() - 1);
                rows.add(new Item(
                        previous.section(),
                        previous.number(),
                        join(previous.activity(), activity),
                        join(previous.deadline(), deadline),
                        join(previous.responsible(), responsible),
                        join(previous.result(), result),
                        join(previous.coExecutors(), coExecutors)));
                continue;
            }
            if (detailsEmpty
                    && (!number.isEmpty() || startsWithNumber(title))
                    && !title.isEmpty()
                    && (activity.isEmpty() || !ONLY_NUMBER.matcher(title).matches())) {
                Section read = section(number, title);
                rows.add(read);
                section = read.number();
                lastWasItem = false;
                continue;
            }
            String itemNumber = TRAILING_DOT.matcher(number).replaceAll("");
            if (!itemNumber.isEmpty() && !numbers.add(itemNumber)) {
                problems.add(new Problem("roadmap.import.repeatedNumber", itemNumber));
            } else if (!itemNumber.isEmpty() && previousItem != null && !follows(previousItem.number(), itemNumber)) {
                problems.add(new Problem("roadmap.import.numberOutOfOrder", itemNumber));
            }
            previousItem = new Item(section, itemNumber, activity, deadline, responsible, result, coExecutors);
            rows.add(previousItem);
            lastWasItem = true;
        }
        rows.replaceAll(RoadmapTable::coExecutorsMarked);
        return rows;
    }

    /** An item whose responsible cell marks the responsible or the co-executors, split (see {@link CoExecutors}). */
    private static Row coExecutorsMarked(Row row) {
        if (!(row instanceof Item item)) {
            return row;
        }
        CoExecutors.Split split = CoExecutors.split(item.responsible());
        if (split == null) {
            return row;
        }
        String coExecutors = item.coExecutors().isEmpty()
                ? split.coExecutors()
                : split.coExecutors().isEmpty() ? item.coExecutors() : split.coExecutors() + "\n" + item.coExecutors();
        return new Item(
                item.section(),
                item.number(),
                item.activity(),
                item.deadline(),
                split.responsible(),
                item.result(),
                coExecutors);
    }

    /** The author's columns, or the recognized ones when the mapping breaks a rule (its problems added). */
    private static Map<Column, Integer> mapped(
            List<Column> mapping, int width, List<Problem> problems, Map<Column, Integer> recognized) {
        Map<Column, List<Integer>> marked = new EnumMap<>(Column.class);
        for (int i = 0; i < mapping.size(); i++) {
            Column column = mapping.get(i);
            if (column == null) {
                continue;
            }
            if (i >= width) {
                problems.add(new Problem(MAPPING_OUT_OF_TABLE, String.valueOf(i + 1)));
                continue;
            }
            marked.computeIfAbsent(column, c -> new ArrayList<>()).add(i);
        }
        int ignored = problems.size();
        if (!marked.containsKey(Column.ACTIVITY)) {
            problems.add(new Problem(MAPPING_NO_ACTIVITY, null));
        }
        if (!marked.containsKey(Column.DEADLINE)) {
            problems.add(new Problem(MAPPING_NO_DEADLINE, null));
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        marked.forEach((column, indexes) -> {
            if (indexes.size() > 1) {
                problems.add(new Problem(
                        MAPPING_REPEATED + column.name().toLowerCase(Locale.ROOT),
                        String.join(
                                ", ",
                                indexes.stream().map(i -> String.valueOf(i + 1)).toList())));
            }
            columns.put(column, indexes.get(0));
        });
        return problems.size() > ignored ? recognized : columns;
    }

    /**
     * The rows as a pipe table that {@link #parse} reads back to the same rows: a separator after
     * the first row, {@code <br>} for a line break within a cell, {@code \|} for a pipe.
     */
    public static String text(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            text.append('|');
            for (String cell : row) {
                text.append(' ')
                        .append(normalize(cell).replace("|", "\\|").replace("\n", "<br>"))
                        .append(" |");
            }
            text.append('\n');
            if (r == 0) {
                text.append("|---".repeat(row.size())).append("|\n");
            }
        }
        return text.toString();
    }

    /** A cell's text as the plan keeps it: spaces collapsed, lines trimmed, no empty lines. */
    static String normalize(String cell) {
        String lines = CARRIAGE_RETURN.matcher(cell).replaceAll("\n");
        return LINE_BREAK
                .matcher(SPACES.matcher(lines).replaceAll(" "))
                .replaceAll("\n")
                .strip();
    }

    /** The cells of a table row, or null for a line that is not one. */
    private static List<String> cells(String line) {
        String trimmed = line.strip();
        String[] raw;
        if (trimmed.startsWith("|")) {
            String inner = trimmed.substring(
                    1,
                    trimmed.endsWith("|") && !trimmed.endsWith("\\|") && trimmed.length() > 1
                            ? trimmed.length() - 1
                            : trimmed.length());
            raw = UNESCAPED_PIPE.split(inner, -1);
        } else if (line.indexOf('\t') >= 0) {
            raw = line.split("\t", -1);
        } else {
            return null;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : raw) {
            cells.add(BREAK.matcher(cell.replace("\\|", "|")).replaceAll("\n"));
        }
        return cells;
    }

    /** The columns a header row names, or null when the row is not a header. */
    static Map<Column, Integer> header(List<String> cells) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).toLowerCase(Locale.ROOT);
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > HEADER_MAX || ONLY_NUMBER.matcher(text).matches()) {
                return null; // headers are short words; a row with a long text or a number holds data
            }
            for (Map.Entry<Column, Pattern> header : HEADERS.entrySet()) {
                if (!columns.containsKey(header.getKey())
                        && header.getValue().matcher(text).find()) {
                    columns.put(header.getKey(), i);
                    break;
                }
            }
        }
        return columns.size() >= 3 && columns.containsKey(Column.ACTIVITY) && columns.containsKey(Column.DEADLINE)
                ? columns
                : null;
    }

    /**
     * Whether a number follows the one before in a plan: the next at the same depth (1.4 → 1.5),
     * the first of a new part (1.7 → 2.1, 2 → 2.1.1), or the next of a shallower one (2.1.7 → 2.2.1).
     */
    private static boolean follows(String previous, String next) {
        if (previous.isEmpty()
                || !ONLY_NUMBER.matcher(previous).matches()
                || !ONLY_NUMBER.matcher(next).matches()) {
            return true;
        }
        String[] a = previous.split("\\.");
        String[] b = next.split("\\.");
        if (b[b.length - 1].equals("1")) {
            return true;
        }
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length - 1; i++) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        return Integer.parseInt(b[b.length - 1]) == Integer.parseInt(a[a.length - 1]) + 1;
    }

    /** «1 | 2 | 3 | 4 | 5»: the column numbers some tables repeat under the header. */
    private static boolean numberingRow(List<String> cells) {
        int expected = 1;
        for (String cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            if (!cell.equals(String.valueOf(expected))) {
                return false;
            }
            expected++;
        }
        return expected > 3;
    }

    private static String cell(List<String> cells, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    private static boolean startsWithNumber(String text) {
        return LEADING_NUMBER.matcher(text).matches() && Character.isDigit(text.charAt(0));
    }

    /** «2.1.» and «Аналитико-…», or «1. Подготовительный этап» in one cell (the number repeated or not). */
    private static Section section(String number, String title) {
        Matcher leading = LEADING_NUMBER.matcher(title);
        if (leading.matches()
                && Character.isDigit(title.charAt(0))
                && !leading.group(2).isBlank()) {
            return new Section(leading.group(1), leading.group(2).strip());
        }
        String n = TRAILING_DOT.matcher(number).replaceAll("");
        return new Section(n.isEmpty() ? null : n, title);
    }

    /** The text of a cell continued on the next row; a word hyphenated at the break is joined. */
    private static String join(String before, String more) {
        if (more.isEmpty()) {
            return before;
        }
        if (before.isEmpty()) {
            return more;
        }
        if (before.endsWith("-") && Character.isLowerCase(more.charAt(0))) {
            return before.substring(0, before.length() - 1) + more;
        }
        return before + " " + more;
    }

    private static Map<Column, Pattern> headers() {
        Properties words = RoadmapWords.load("table-headers");
        Map<Column, Pattern> headers = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            headers.put(column, Pattern.compile(words.getProperty(column.name())));
        }
        return headers;
    }
}
