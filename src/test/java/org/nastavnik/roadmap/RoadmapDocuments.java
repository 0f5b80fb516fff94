package org.nastavnik.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word documents of roadmaps for tests, written with Apache POI as Word lays them out: the
 * paragraphs before the table (title, approval), then the table — from a seed's text (its pipe or
 * tab rows, a new table where the text leaves an empty line) or from rows given here. Options
 * make it harder the ways real documents do.
 */
public final class RoadmapDocuments {

    private final List<String> paragraphs;
    private final List<List<List<String>>> tables;
    private boolean mergedSections;
    private boolean numberingRow;
    private boolean repeatedHeader;
    private int[] order;
    private int mergedDown = -1;
    private boolean replaceHeader;
    private List<String> header;

    private RoadmapDocuments(List<String> paragraphs, List<List<List<String>>> tables) {
        this.paragraphs = paragraphs;
        this.tables = tables;
    }

    /** The document a seed's text came from: its text before the table, then its table(s). */
    public static RoadmapDocuments seed(String name) {
        List<String> paragraphs = new ArrayList<>();
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : seedText(name).split("\\R")) {
            boolean row = line.strip().startsWith("|") || line.contains("\t");
            if (!row) {
                if (table != null && line.isBlank()) {
                    table = null;
                } else if (tables.isEmpty()) {
                    paragraphs.add(line.replace("**", "").strip());
                }
                continue;
            }
            if (line.strip().matches("\\|[-:| ]*\\|?")) {
                continue; // a pipe table's separator
            }
            if (table == null) {
                table = new ArrayList<>();
                tables.add(table);
            }
            table.add(cells(line));
        }
        return new RoadmapDocuments(paragraphs, tables);
    }

    /** A document with the paragraphs and one table of the rows (none when there are no rows). */
    public static RoadmapDocuments of(List<String> paragraphs, List<List<String>> rows) {
        return new RoadmapDocuments(paragraphs, rows.isEmpty() ? List.of() : List.of(rows));
    }

    public static String seedText(String name) {
        try (InputStream in = RoadmapDocuments.class.getResourceAsStream("/roadmap/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Section rows as one cell spanning the empty cells after their text (gridSpan). */
    public RoadmapDocuments mergedSections() {
        mergedSections = true;
        return this;
    }

    /** «1 2 3 4 5» under every header. */
    public RoadmapDocuments numberingRow() {
        numberingRow = true;
        return this;
    }

    /** The first table split in the middle, after a page break, with its header repeated. */
    public RoadmapDocuments repeatedHeaderAfterPageBreak() {
        repeatedHeader = true;
        return this;
    }

    /** The columns in another order: the cell of each new column is the old one at that index. */
    public RoadmapDocuments columns(int... order) {
        this.order = order;
        return this;
    }

    /** A value repeated in the column on consecutive items written once, merged down (vMerge). */
    public RoadmapDocuments mergedDown(int column) {
        mergedDown = column;
        return this;
    }

    /**
     * Every header row (as recognized) written with these cells instead, words nobody recognizes;
     * null leaves the header rows out, a table without a header.
     */
    public RoadmapDocuments header(List<String> cells) {
        replaceHeader = true;
        header = cells;
        return this;
    }

    public byte[] docx() {
        List<List<List<String>>> written = new ArrayList<>();
        for (List<List<String>> table : tables) {
            List<List<String>> rows = new ArrayList<>();
            for (List<String> row : table.stream().map(this::reorder).toList()) {
                boolean isHeader = RoadmapTable.header(
                                row.stream().map(RoadmapTable::normalize).toList())
                        != null;
                if (!replaceHeader || !isHeader) {
                    rows.add(row);
                } else if (header != null) {
                    rows.add(header);
                }
            }
            written.add(rows);
        }
        if (repeatedHeader) {
            List<List<String>> first = written.get(0);
            int middle = first.size() / 2;
            List<List<String>> second = new ArrayList<>(List.of(first.get(0)));
            second.addAll(first.subList(middle, first.size()));
            written.set(0, first.subList(0, middle));
            written.add(1, second);
        }
        try (XWPFDocument document = new XWPFDocument()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            int activity = written.stream()
                    .mapToInt(RoadmapDocuments::activityColumn)
                    .filter(c -> c >= 0)
                    .findFirst()
                    .orElse(1);
            for (int t = 0; t < written.size(); t++) {
                if (t > 0) {
                    var between = document.createParagraph().createRun();
                    if (repeatedHeader && t == 1) {
                        between.addBreak(BreakType.PAGE);
                    }
                }
                table(document, written.get(t), activity);
            }
            document.createParagraph().createRun().setText("Signature ____________");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table whose columns are as wide as in every other table of the document: the activity widest. */
    private void table(XWPFDocument document, List<List<String>> rows, int activity) {
        List<List<String>> all = new ArrayList<>();
        for (List<String> row : rows) {
            all.add(row);
            if (numberingRow
                    && RoadmapTable.header(
                                    row.stream().map(RoadmapTable::normalize).toList())
                            != null) {
                List<String> numbers = new ArrayList<>();
                for (int i = 1; i <= row.size(); i++) {
                    numbers.add(String.valueOf(i));
                }
                all.add(numbers);
            }
        }
        int width = all.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = document.createTable(all.size(), width);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < width; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(c == activity ? 4000 : 1500));
        }
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            XWPFTableRow tableRow = table.getRow(r);
            int filled = lastFilled(row);
            boolean merge = mergedSections && filled >= 0 && filled <= 1 && filled < width - 1;
            for (int c = width - 1; c >= 0; c--) {
                XWPFTableCell cell = tableRow.getCell(c);
                if (merge && c > filled) {
                    tableRow.removeCell(c);
                    continue;
                }
                String text = c < row.size() ? row.get(c) : "";
                CTTcPr properties = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                if (merge && c == filled) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(width - filled));
                }
                if (c == mergedDown && r > 0 && repeats(all, r, c)) {
                    properties.addNewVMerge().setVal(STMerge.CONTINUE);
                    text = "";
                } else if (c == mergedDown && r + 1 < all.size() && repeats(all, r + 1, c)) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                }
                write(cell, text);
            }
        }
    }

    /** Whether the row is an item whose cell repeats the item's above it. */
    private static boolean repeats(List<List<String>> rows, int r, int c) {
        List<String> row = rows.get(r);
        List<String> above = rows.get(r - 1);
        return filledCount(row) >= 3
                && filledCount(above) >= 3
                && c < row.size()
                && c < above.size()
                && !row.get(c).isBlank()
                && row.get(c).strip().equals(above.get(c).strip());
    }

    /** Lines of a cell as paragraphs, as Word keeps them. */
    private static void write(XWPFTableCell cell, String text) {
        String[] lines = text.strip().split("(?i)<br\\s*/?>|\n");
        cell.getParagraphs().get(0).createRun().setText(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i].strip());
        }
    }

    private List<String> reorder(List<String> row) {
        if (order == null
                || row.stream()
                        .filter(c -> !c.isBlank())
                        .map(String::strip)
                        .toList()
                        .equals(List.of("1", "2", "3", "4", "5").subList(0, (int) Math.min(5, filledCount(row))))) {
            return row; // a numbering row numbers the columns as they stand
        }
        List<String> moved = new ArrayList<>();
        for (int index : order) {
            moved.add(index < row.size() ? row.get(index) : "");
        }
        return moved;
    }

    private static int activityColumn(List<List<String>> rows) {
        for (List<String> row : rows) {
            var columns = RoadmapTable.header(
                    row.stream().map(RoadmapTable::normalize).toList());
            if (columns != null) {
                return columns.get(RoadmapTable.Column.ACTIVITY);
            }
        }
        return -1;
    }

    private static int lastFilled(List<String> row) {
        for (int c = row.size() - 1; c >= 0; c--) {
            if (!row.get(c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    private static long filledCount(List<String> row) {
        return row.stream().filter(c -> !c.isBlank()).count();
    }

    private static List<String> cells(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("|")) {
            String inner = trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length());
            return new ArrayList<>(Arrays.asList(inner.split("\\|", -1)));
        }
        return new ArrayList<>(Arrays.asList(line.split("\t", -1)));
    }
}
