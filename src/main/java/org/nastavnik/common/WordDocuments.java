package org.nastavnik.common;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * What the Word documents the application writes (roadmaps, orders) share, with Apache POI XWPF:
 * Times New Roman runs, an A4 page, and tables of fixed column widths whose header row repeats on
 * every page. Sizes are in twentieths of a point (twips).
 */
public final class WordDocuments {

    public static final String FONT = "Times New Roman";
    /** A4 portrait. */
    public static final int A4_WIDTH = 11_906;

    public static final int A4_HEIGHT = 16_838;

    private WordDocuments() {}

    /** The page: A4, turned to landscape when asked, with the margins given. */
    public static void a4(XWPFDocument document, boolean landscape, int left, int right, int top, int bottom) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(left));
        margins.setRight(BigInteger.valueOf(right));
        margins.setTop(BigInteger.valueOf(top));
        margins.setBottom(BigInteger.valueOf(bottom));
    }

    /**
     * A table with columns of the widths given and one header row in bold, centred, repeated on
     * every page and never split; rows are added by the caller.
     */
    public static XWPFTable table(XWPFDocument document, int[] widths, List<String> headers, int size) {
        XWPFTable table = document.createTable(1, widths.length);
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        table.setWidth(String.valueOf(total));
        table.setWidthType(TableWidthType.DXA);
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(String.valueOf(widths[c]));
            cell(cell, headers.get(c), true, size);
            cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
        }
        return table;
    }

    /** The text's lines as the cell's paragraphs, as Word keeps them; null as an empty cell. */
    public static void cell(XWPFTableCell cell, String text, boolean bold, int size) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        XWPFParagraph first = cell.getParagraphs().get(0);
        first.setSpacingAfter(0);
        run(first, lines[0], bold, size);
        for (int i = 1; i < lines.length; i++) {
            XWPFParagraph next = cell.addParagraph();
            next.setSpacingAfter(0);
            run(next, lines[i], bold, size);
        }
    }

    /** A run of text in Times New Roman. */
    public static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return run;
    }
}
