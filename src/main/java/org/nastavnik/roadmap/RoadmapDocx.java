package org.nastavnik.roadmap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ZipGuard;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.roadmap.RoadmapTable.Column;
import org.nastavnik.roadmap.WordTable.Cell;
import org.nastavnik.roadmap.WordTable.Merge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a roadmap from a Word document (.docx, Apache POI XWPF) into what the import form holds:
 * the title and period the text before the table states, and the table as the pipe text that
 * {@link RoadmapTable#parse} reads. The plan is the first table with a header recognized by meaning
 * ({@link RoadmapTable}), with the tables that follow it: those with a header of their own, and
 * those without one when nothing but empty paragraphs stands between (a table split across pages).
 * When no table has a header recognized by its words, the plan is the first table of three columns
 * or more (else of two), read without a header for the author to map its columns in the preview. Cells are matched to the header's columns by where they stand across the table, so a merged
 * section row, a shifted row or another table's grid does not shift the columns. A cell merged
 * down over several rows repeats its text in each, as a person reads it («Куратор» written once for
 * a block of activities is responsible for each); when the number is what is merged down, the rows
 * are one activity and their other cells are joined on separate lines. Refusals are
 * {@link FieldProblem}s on the field {@code file}.
 */
public final class RoadmapDocx {

    /**
     * What was read: the preamble's proposals and the table as text, with its counts; a table whose
     * header was not recognized ({@code recognized} false) has its columns and rows counted instead,
     * its sections and items are known once the author maps the columns.
     */
    public record Read(
            RoadmapPreamble preamble,
            String table,
            int sections,
            int items,
            boolean recognized,
            int columns,
            int rows) {}

    /** The upload limit, the same as the application's multipart limit. */
    public static final int MAX_FILE_BYTES = Uploads.MAX_FILE_BYTES;

    /** Rows read before giving up on a file whose plan cannot fit {@link RoadmapService#MAX_LINES}. */
    private static final int MAX_ROWS = 4 * RoadmapService.MAX_LINES;

    private static final Logger log = LoggerFactory.getLogger(RoadmapDocx.class);

    private RoadmapDocx() {}

    public static Read read(byte[] content, String fileName) {
        long started = System.nanoTime();
        ZipGuard.DOCX.require(content);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            long opened = System.nanoTime();
            Read read = read(document, fileName);
            log.info(
                    "Roadmap read from .docx ({} bytes): {} sections, {} items in {} ms (checked and opened {} ms)",
                    content.length,
                    read.sections(),
                    read.items(),
                    (System.nanoTime() - started) / 1_000_000,
                    (opened - started) / 1_000_000);
            return read;
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof FieldProblem problem) {
                throw problem;
            }
            log.info("Unreadable .docx {}: {}", fileName, unreadable.toString());
            throw problem("upload.docx.unreadable");
        }
    }

    private static Read read(XWPFDocument document, String fileName) {
        WordListNumbers numbers = new WordListNumbers();
        // each table's rows read once, in the order of the body, with the paragraphs between them
        List<Object> body = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                body.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                body.add(new Table(WordTable.rows(table, numbers)));
            }
        }
        Table first = planTable(body);
        if (first == null) {
            throw problem(
                    body.stream().anyMatch(Table.class::isInstance) ? "roadmap.docx.noHeader" : "roadmap.docx.noTable");
        }
        boolean recognized = headerRow(first.rows()) >= 0;
        List<String> preamble = new ArrayList<>();
        Plan plan = null;
        boolean interrupted = false;
        for (Object element : body) {
            if (element instanceof String paragraph) {
                if (plan == null) {
                    preamble.add(paragraph);
                } else {
                    interrupted |= !paragraph.isBlank();
                }
                continue;
            }
            List<List<Cell>> rows = ((Table) element).rows();
            int header = recognized ? headerRow(rows) : -1;
            if (plan == null) {
                int start = element == first ? Math.max(header, 0) : rows.size();
                // tables and rows above the plan's header: a layout table with the approval, a title row
                rows.subList(0, start)
                        .forEach(row -> row.forEach(
                                cell -> preamble.addAll(List.of(cell.text().split("\n")))));
                if (element != first) {
                    continue;
                }
                plan = recognized ? new Plan(rows.get(header)) : Plan.headerless(widest(rows));
            } else if (interrupted && header < 0) {
                continue; // a table of its own after some text: signatures, an appendix
            }
            for (int r = header < 0 ? 0 : header; r < rows.size(); r++) {
                if (r == header) {
                    plan.layout(rows.get(r));
                }
                plan.add(rows.get(r));
            }
            interrupted = false;
        }
        RoadmapTable.Parsed parsed = RoadmapTable.read(plan.rows);
        if (parsed.items().isEmpty() && !parsed.needsMapping()) {
            throw problem(recognized ? "roadmap.docx.noItems" : "roadmap.docx.noHeader");
        }
        if (parsed.rows().size() > RoadmapService.MAX_LINES
                || (!recognized && plan.rows.size() > RoadmapService.MAX_LINES + 1)) {
            throw problem("roadmap.import.tooManyLines", RoadmapService.MAX_LINES);
        }
        return new Read(
                RoadmapPreamble.of(preamble, fileName),
                RoadmapTable.text(plan.rows),
                parsed.sections().size(),
                parsed.items().size(),
                parsed.recognized(),
                parsed.header().size(),
                plan.rows.size());
    }

    /** A table of the document as rows of placed cells. */
    private record Table(List<List<Cell>> rows) {}

    /**
     * The table the plan begins with: the first whose header is recognized by its words; when none
     * is, the first table of at least two rows and three columns (an activity, its deadline and
     * more; the approval stamp's layout table has two), else of two columns, whose columns the
     * author then maps.
     */
    private static Table planTable(List<Object> body) {
        Table wide = null;
        Table narrow = null;
        for (Object element : body) {
            if (element instanceof Table table) {
                if (headerRow(table.rows()) >= 0) {
                    return table;
                }
                int columns = widest(table.rows()).size();
                if (table.rows().size() >= 2 && columns >= 3 && wide == null) {
                    wide = table;
                } else if (table.rows().size() >= 2 && columns == 2 && narrow == null) {
                    narrow = table;
                }
            }
        }
        return wide != null ? wide : narrow;
    }

    /** The row with the most cells: the one that shows every column of a table without a header. */
    private static List<Cell> widest(List<List<Cell>> rows) {
        List<Cell> widest = List.of();
        for (List<Cell> row : rows) {
            if (row.size() > widest.size()) {
                widest = row;
            }
        }
        return widest;
    }

    private static int headerRow(List<List<Cell>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (RoadmapTable.header(texts(rows.get(r))) != null) {
                return r;
            }
        }
        return -1;
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(c -> RoadmapTable.normalize(c.text())).toList();
    }

    private static FieldProblem problem(String code, Object... arguments) {
        return new FieldProblem("file", code, arguments);
    }

    /**
     * The plan's rows in the columns of its first header. A later table's own header tells where
     * that table's columns stand (its column order is taken to be the same).
     */
    private static final class Plan {

        final List<List<String>> rows = new ArrayList<>();
        private final int width;
        /** The column whose merge down makes rows one activity: the number, or the activity. */
        private final int identity;
        /** The text of each column in the row before, repeated where a merged cell continues. */
        private final String[] carried;

        private List<Cell> header;

        Plan(List<Cell> header) {
            List<String> texts = texts(header);
            Map<Column, Integer> columns = RoadmapTable.header(texts);
            this.width = header.size();
            this.identity = columns.getOrDefault(Column.NUMBER, columns.get(Column.ACTIVITY));
            this.carried = texts.toArray(new String[0]);
            this.header = header;
        }

        private Plan(List<Cell> layout, int identity) {
            this.width = layout.size();
            this.identity = identity;
            this.carried = new String[width];
            Arrays.fill(carried, "");
            this.header = layout;
        }

        /**
         * A plan whose columns nobody recognized, laid out on its widest row. No column is known to
         * be the number, so no rows are joined: a cell merged down repeats its text in each row (a
         * number merged down shows as a repeated number in the preview), never joins two activities.
         */
        static Plan headerless(List<Cell> layout) {
            return new Plan(layout, -1);
        }

        void layout(List<Cell> header) {
            this.header = header;
        }

        void add(List<Cell> row) {
            if (rows.size() >= MAX_ROWS) {
                throw problem("roadmap.import.tooManyLines", RoadmapService.MAX_LINES);
            }
            StringBuilder[] texts = new StringBuilder[width];
            boolean[] continued = new boolean[width];
            for (Cell cell : row) {
                int column = column(cell);
                if (column < 0) {
                    continue;
                }
                if (cell.merge() == Merge.CONTINUE) {
                    continued[column] = true;
                } else if (!cell.text().isBlank()) {
                    texts[column] = texts[column] == null
                            ? new StringBuilder(cell.text())
                            : texts[column].append('\n').append(cell.text());
                }
            }
            String[] cells = new String[width];
            for (int c = 0; c < width; c++) {
                continued[c] &= texts[c] == null;
                cells[c] = texts[c] == null ? "" : texts[c].toString();
            }
            if (identity >= 0 && continued[identity] && rows.size() > 1) {
                List<String> previous = rows.get(rows.size() - 1);
                for (int c = 0; c < width; c++) {
                    if (!cells[c].isEmpty()) {
                        previous.set(c, previous.get(c).isEmpty() ? cells[c] : previous.get(c) + "\n" + cells[c]);
                    }
                }
                return;
            }
            for (int c = 0; c < width; c++) {
                if (continued[c]) {
                    cells[c] = carried[c];
                }
                carried[c] = cells[c];
            }
            rows.add(new ArrayList<>(Arrays.asList(cells)));
        }

        /** The header column the cell overlaps most, or -1 when it stands outside all of them. */
        private int column(Cell cell) {
            int best = -1;
            double most = 0;
            for (int c = 0; c < header.size() && c < width; c++) {
                double overlap = cell.overlap(header.get(c));
                if (overlap > most + 1e-9) {
                    most = overlap;
                    best = c;
                }
            }
            return best;
        }
    }
}
