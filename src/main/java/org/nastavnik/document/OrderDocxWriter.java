package org.nastavnik.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nastavnik.common.WordDocuments;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * An order as a Word document (Apache POI XWPF) the way Russian schools type them: A4 portrait with
 * margins of 3 cm left, 1.5 cm right and 2 cm top and bottom; Times New Roman 14; the header centred
 * and bold, «ПРИКАЗ», the date at the left and the number at the right margin, the title, the
 * preamble and clauses justified with a 1.25 cm first-line indent, the position at the left and the
 * name at the right of the signature, then on a new page the annex in Times New Roman 12 with its
 * header row repeated on every page.
 */
final class OrderDocxWriter {

    private static final int BODY = 14;
    private static final int TABLE = 12;
    /** Margins in twentieths of a point: 3 cm left, 1.5 cm right, 2 cm top and bottom. */
    private static final int LEFT = 1_701;

    private static final int RIGHT = 850;
    private static final int VERTICAL = 1_134;
    private static final int TEXT_WIDTH = WordDocuments.A4_WIDTH - LEFT - RIGHT;
    private static final int INDENT = 709;

    private OrderDocxWriter() {}

    static byte[] write(OrderContent order, OrderWords words) {
        try (XWPFDocument document = new XWPFDocument()) {
            portrait(document);
            if (present(order.authority())) {
                lines(centred(document), order.authority(), false);
            }
            lines(centred(document), order.organization(), true);
            document.createParagraph();
            XWPFParagraph heading = centred(document);
            heading.setSpacingAfter(240);
            run(heading, words.order(), true, BODY);
            XWPFParagraph line = leftAndRight(document);
            run(line, OrderWords.date(order.date()), false, BODY).addTab();
            run(line, OrderWords.number(order.number()), false, BODY);
            if (present(order.place())) {
                run(centred(document), order.place(), false, BODY);
            }
            document.createParagraph();
            XWPFParagraph title = centred(document);
            title.setSpacingAfter(240);
            lines(title, order.title(), true);
            order.preamble().forEach(p -> text(document, p));
            XWPFParagraph decree = document.createParagraph();
            decree.setSpacingBefore(240);
            decree.setSpacingAfter(240);
            run(decree, words.decree(), false, BODY);
            List<String> clauses = order.clauses();
            for (int i = 0; i < clauses.size(); i++) {
                String[] paragraphs = clauses.get(i).split("\n");
                text(document, (i + 1) + ". " + paragraphs[0].strip());
                for (int p = 1; p < paragraphs.length; p++) {
                    text(document, paragraphs[p].strip());
                }
            }
            signature(document, order);
            if (!order.acquainted().isEmpty()) {
                XWPFParagraph header = document.createParagraph();
                header.setSpacingBefore(480);
                run(header, words.acquainted(), false, BODY);
                for (String name : order.acquainted()) {
                    XWPFParagraph person = leftAndRight(document);
                    person.setSpacingBefore(120);
                    run(person, name, false, BODY).addTab();
                    run(person, "________________", false, BODY);
                }
            }
            if (order.annex() != null) {
                annex(document, order, words);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The position's lines at the left, the name at the right margin of the last one. */
    private static void signature(XWPFDocument document, OrderContent order) {
        XWPFParagraph signature = leftAndRight(document);
        signature.setSpacingBefore(720);
        String[] position = (order.signerPosition() == null ? "" : order.signerPosition()).split("\n");
        for (int i = 0; i < position.length; i++) {
            XWPFRun run = run(signature, position[i].strip(), false, BODY);
            if (i < position.length - 1) {
                run.addBreak();
            }
        }
        signature.createRun().addTab();
        run(signature, order.signerName() == null ? "" : order.signerName(), false, BODY);
    }

    private static void annex(XWPFDocument document, OrderContent order, OrderWords words) {
        OrderContent.Annex annex = order.annex();
        XWPFParagraph reference = document.createParagraph();
        reference.setPageBreak(true);
        reference.setIndentationLeft(TEXT_WIDTH / 2 + 500);
        run(reference, words.annexLabel(), false, BODY).addBreak();
        run(reference, words.annexReference(order), false, BODY);
        document.createParagraph();
        if (present(annex.title())) {
            XWPFParagraph title = centred(document);
            title.setSpacingAfter(240);
            lines(title, annex.title(), true);
        }
        int[] widths = OrderColumns.widths(annex, TEXT_WIDTH);
        XWPFTable table = WordDocuments.table(document, widths, annex.headers(), TABLE);
        for (List<String> values : annex.rows()) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                WordDocuments.cell(row.getCell(c), values.get(c), false, TABLE);
            }
        }
    }

    /** A justified paragraph of the body with its first line indented. */
    private static void text(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(INDENT);
        run(paragraph, text, false, BODY);
    }

    private static XWPFParagraph centred(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    /** A paragraph whose tab goes to the right margin: date and number, position and name. */
    private static XWPFParagraph leftAndRight(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        CTTabStop stop = paragraph.getCTP().addNewPPr().addNewTabs().addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(TEXT_WIDTH));
        return paragraph;
    }

    /** The text's lines within one paragraph, as line breaks. */
    private static void lines(XWPFParagraph paragraph, String text, boolean bold) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i].strip(), bold, BODY);
            if (i < lines.length - 1) {
                run.addBreak(BreakType.TEXT_WRAPPING);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        return WordDocuments.run(paragraph, text, bold, size);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void portrait(XWPFDocument document) {
        WordDocuments.a4(document, false, LEFT, RIGHT, VERTICAL, VERTICAL);
    }
}
