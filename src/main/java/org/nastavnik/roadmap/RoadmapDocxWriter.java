package org.nastavnik.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nastavnik.common.WordDocuments;

/**
 * A roadmap as a Word document (Apache POI XWPF) the way such roadmaps are approved: landscape A4,
 * Times New Roman 12; the approval block at the top right («УТВЕРЖДЕНА приказом … от … № …», or
 * «ПРОЕКТ»), the title and period, then the table № / Мероприятие / Срок / Ответственные / Результат
 * with its header repeated on every page and each section as a row whose title spans the table. The
 * deadlines are as written: the document is the text that was approved, and {@link RoadmapDocx}
 * reads it back.
 */
final class RoadmapDocxWriter {

    private static final int SIZE = 12;
    /** Margins of 2 cm (1.5 cm top and bottom) on landscape A4. */
    private static final int MARGIN = 1_134;

    private static final int MARGIN_VERTICAL = 850;
    /** Widths of № / activity / deadline / responsible / result, filling the text width. */
    private static final int[] WIDTHS = {900, 5_700, 2_300, 2_900, 2_770};

    private RoadmapDocxWriter() {}

    static byte[] write(RoadmapView roadmap, ExportTexts texts) {
        try (XWPFDocument document = new XWPFDocument()) {
            landscape(document);
            List<String> approval = texts.approval(roadmap);
            XWPFParagraph block = document.createParagraph();
            block.setAlignment(ParagraphAlignment.RIGHT);
            for (int i = 0; i < approval.size(); i++) {
                XWPFRun run = run(block, approval.get(i), i == 0);
                if (i < approval.size() - 1) {
                    run.addBreak();
                }
            }
            document.createParagraph();
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, roadmap.title(), true);
            XWPFParagraph period = document.createParagraph();
            period.setAlignment(ParagraphAlignment.CENTER);
            run(period, texts.period(roadmap), false);
            String goal = texts.goal(roadmap);
            if (goal != null) {
                run(document.createParagraph(), goal, false);
            }
            table(document, roadmap.lines(), texts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, List<RoadmapLine> lines, ExportTexts texts) {
        List<String> headers =
                ExportTexts.TABLE_COLUMNS.stream().map(texts::column).toList();
        XWPFTable table = WordDocuments.table(document, WIDTHS, headers, SIZE);
        for (RoadmapLine line : lines) {
            XWPFTableRow row = table.createRow();
            if (line.section()) {
                section(row, line);
            } else {
                String[] values = {line.number(), line.activity(), line.deadline(), line.responsible(), line.result()};
                for (int c = 0; c < values.length; c++) {
                    write(row.getCell(c), values[c], false);
                }
            }
        }
    }

    /** The section's number in the first column, its title in one cell over the others. */
    private static void section(XWPFTableRow row, RoadmapLine line) {
        for (int c = row.getTableCells().size() - 1; c > 1; c--) {
            row.removeCell(c);
        }
        write(row.getCell(0), line.number(), true);
        XWPFTableCell title = row.getCell(1);
        title.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(WIDTHS.length - 1));
        write(title, line.activity(), true);
    }

    private static void write(XWPFTableCell cell, String text, boolean bold) {
        WordDocuments.cell(cell, text, bold, SIZE);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        paragraph.setSpacingAfter(0);
        return WordDocuments.run(paragraph, text, bold, SIZE);
    }

    private static void landscape(XWPFDocument document) {
        WordDocuments.a4(document, true, MARGIN, MARGIN, MARGIN_VERTICAL, MARGIN_VERTICAL);
    }
}
