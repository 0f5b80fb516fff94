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
 * Cells are matched to the header's columns by where they stand across the table, so a merged
 * section row, a shifted row or another table's grid does not shift the columns. A cell merged
 * down over several rows repeats its text in each, as a person reads it («Куратор» written once for
 * a block of activities is responsible for each); when the number is what is merged down, the rows
 * are one activity and their other cells are joined on separate lines. Refusals are
 * {@link FieldProblem}s on the field {@code file}.
 */
public final class RoadmapDocx {

    /** What was read: the preamble's proposals and the table as text, with its counts. */
    public record Read(RoadmapPreamble preamble, String table, int sections, int items) {}

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
        List<String> preamble = new ArrayList<>();
        Plan plan = null;
        boolean tables = false;
        boolean interrupted = false;
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                if (plan == null) {
                    preamble.add(paragraph.getText());
                } else {
                    interrupted |= !paragraph.getText().isBlank();
                }
                continue;
            }
            if (!(element instanceof XWPFTable table)) {
                continue;
            }
            tables = true;
            List<List<Cell>> rows = WordTable.rows(table, numbers);
            int header = headerRow(rows);
            if (plan == null) {
                // tables and rows above the plan's header: a layout table with the approval, a title row
                rows.subList(0, header < 0 ? rows.size() : header)
                        .forEach(row -> row.forEach(
                                cell -> preamble.addAll(List.of(cell.text().split("\n")))));
                if (header < 0) {
                    continue;
                }
                plan = new Plan(rows.get(header));
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
        if (!tables) {
            throw problem("roadmap.docx.noTable");
        }
        if (plan == null) {
            throw problem("roadmap.docx.noHeader");
        }
        RoadmapTable.Parsed parsed = RoadmapTable.read(plan.rows);
        if (parsed.items().isEmpty()) {
            throw problem("roadmap.docx.noItems");
        }
        if (parsed.rows().size() > RoadmapService.MAX_LINES) {
            throw problem("roadmap.import.tooManyLines", RoadmapService.MAX_LINES);
        }
        return new Read(
                RoadmapPreamble.of(preamble, fileName),
                RoadmapTable.text(plan.rows),
                parsed.sections().size(),
                parsed.items().size());
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
            if (continued[identity] && rows.size() > 1) {
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
