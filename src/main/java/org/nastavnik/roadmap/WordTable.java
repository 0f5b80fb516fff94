package org.nastavnik.roadmap;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A table of a Word document as rows of cells placed on the table's width (0 to 1), so that cells
 * of rows with merged or shifted cells, and of tables with different grids, can be matched to the
 * header's columns by where they stand rather than by their index.
 */
final class WordTable {

    /** How a cell takes part in a vertical merge: the first cell of a block, or one that continues it. */
    enum Merge {
        NONE,
        RESTART,
        CONTINUE
    }

    /** A cell's text (paragraphs on lines) and where it stands across the table. */
    record Cell(String text, double from, double to, Merge merge) {

        double overlap(Cell other) {
            return Math.max(0, Math.min(to, other.to) - Math.max(from, other.from));
        }
    }

    private WordTable() {}

    static List<List<Cell>> rows(XWPFTable table, WordListNumbers numbers) {
        double[] edges = edges(table);
        double width = edges[edges.length - 1];
        List<List<Cell>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan()
                        ? Math.max(1, properties.getGridSpan().getVal().intValue())
                        : 1;
                int end = Math.min(column + span, edges.length - 1);
                int start = Math.min(column, end);
                if (properties != null
                        && properties.isSetHMerge()
                        && properties.getHMerge().getVal() != STMerge.RESTART
                        && !cells.isEmpty()) {
                    // an old-style horizontal merge: the cell widens the one before it
                    Cell before = cells.remove(cells.size() - 1);
                    cells.add(new Cell(before.text(), before.from(), edges[end] / width, before.merge()));
                } else {
                    cells.add(
                            new Cell(text(cell, numbers), edges[start] / width, edges[end] / width, merge(properties)));
                }
                column += span;
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The text of a cell: its paragraphs (with their list numbers) on separate lines. */
    private static String text(XWPFTableCell cell, WordListNumbers numbers) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : cell.getBodyElements()) {
            String part = element instanceof XWPFParagraph paragraph
                    ? numbers.label(paragraph) + paragraph.getText()
                    : element instanceof XWPFTable nested ? nested.getText() : "";
            if (!part.isBlank()) {
                text.append(text.length() == 0 ? "" : "\n").append(part);
            }
        }
        return text.toString();
    }

    private static Merge merge(CTTcPr properties) {
        if (properties == null || !properties.isSetVMerge()) {
            return Merge.NONE;
        }
        return properties.getVMerge().getVal() == STMerge.RESTART ? Merge.RESTART : Merge.CONTINUE;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        return properties == null || properties.sizeOfGridBeforeArray() == 0
                ? 0
                : properties.getGridBeforeArray(0).getVal().intValue();
    }

    /**
     * The left edge of each grid column and the right edge of the last, from the widths the table's
     * grid declares; equal widths when it declares none, or not for every column a row uses.
     */
    private static double[] edges(XWPFTable table) {
        int columns = 0;
        for (XWPFTableRow row : table.getRows()) {
            int used = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                used += properties != null && properties.isSetGridSpan()
                        ? Math.max(1, properties.getGridSpan().getVal().intValue())
                        : 1;
            }
            columns = Math.max(columns, used);
        }
        double[] widths = declaredWidths(table.getCTTbl().getTblGrid());
        if (widths.length < columns || Arrays.stream(widths).anyMatch(w -> w <= 0)) {
            widths = new double[Math.max(columns, 1)];
            Arrays.fill(widths, 1);
        }
        double[] edges = new double[widths.length + 1];
        for (int i = 0; i < widths.length; i++) {
            edges[i + 1] = edges[i] + widths[i];
        }
        return edges;
    }

    private static double[] declaredWidths(CTTblGrid grid) {
        if (grid == null) {
            return new double[0];
        }
        List<CTTblGridCol> columns = grid.getGridColList();
        double[] widths = new double[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            Object w = columns.get(i).isSetW() ? columns.get(i).getW() : null;
            widths[i] = w instanceof BigInteger twips ? twips.doubleValue() : 0;
        }
        return widths;
    }
}
