package org.nastavnik.document;

import static org.nastavnik.common.PdfDocuments.escape;

import java.util.List;
import org.nastavnik.common.PdfDocuments;

/**
 * An order as PDF with the layout of {@link OrderDocxWriter}: XHTML on A4 portrait laid out by
 * openhtmltopdf in the embedded Liberation Serif (the metrics of Times New Roman) 14 pt, the
 * annex's table in 12 pt with its header repeated on every page.
 */
final class OrderPdfWriter {

    private static final String STYLE = "@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }"
            + " body { font-family: '" + PdfDocuments.FONT + "'; font-size: 14pt; line-height: 1.15; }"
            + " p { margin: 0; white-space: pre-line; }"
            + " .centre { text-align: center; } .bold { font-weight: bold; }"
            + " .heading { text-align: center; font-weight: bold; margin: 14pt 0 12pt 0; }"
            + " .title { text-align: center; font-weight: bold; margin: 14pt 0 12pt 0; }"
            + " .text { text-align: justify; text-indent: 12.5mm; }"
            + " .decree { margin: 12pt 0; }"
            + " table.line { width: 100%; border-collapse: collapse; }"
            + " table.line td { padding: 0; vertical-align: bottom; }"
            + " table.line td.right { text-align: right; white-space: nowrap; }"
            + " .signature { margin-top: 36pt; } .acquainted { margin-top: 24pt; }"
            + " .acquainted td { padding-top: 6pt; }"
            + " .annex { page-break-before: always; margin-left: 55%; margin-bottom: 14pt; }"
            + " table.grid { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate;"
            + " font-size: 12pt; line-height: 1.1; }"
            + " table.grid thead { display: table-header-group; }"
            + " table.grid th, table.grid td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top;"
            + " white-space: pre-line; }"
            + " table.grid th { font-weight: bold; text-align: center; } table.grid tr { page-break-inside: avoid; }";

    private OrderPdfWriter() {}

    static byte[] write(OrderContent order, OrderWords words) {
        return PdfDocuments.render(html(order, words));
    }

    /** The order as XHTML, every text escaped. */
    static String html(OrderContent order, OrderWords words) {
        StringBuilder html = new StringBuilder(16_384)
                .append("<html lang=\"ru\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(order.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        if (present(order.authority())) {
            paragraph(html, "centre", order.authority());
        }
        paragraph(html, "centre bold", order.organization());
        paragraph(html, "heading", words.order());
        leftAndRight(html, "line", OrderWords.date(order.date()), OrderWords.number(order.number()));
        if (present(order.place())) {
            paragraph(html, "centre", order.place());
        }
        paragraph(html, "title", order.title());
        order.preamble().forEach(p -> paragraph(html, "text", p));
        paragraph(html, "decree", words.decree());
        List<String> clauses = order.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            String[] paragraphs = clauses.get(i).split("\n");
            paragraph(html, "text", (i + 1) + ". " + paragraphs[0].strip());
            for (int p = 1; p < paragraphs.length; p++) {
                paragraph(html, "text", paragraphs[p].strip());
            }
        }
        html.append("<div class=\"signature\">");
        leftAndRight(
                html,
                "line",
                order.signerPosition() == null ? "" : order.signerPosition(),
                order.signerName() == null ? "" : order.signerName());
        html.append("</div>");
        if (!order.acquainted().isEmpty()) {
            html.append("<div class=\"acquainted\">");
            paragraph(html, "", words.acquainted());
            for (String name : order.acquainted()) {
                leftAndRight(html, "line", name, "________________");
            }
            html.append("</div>");
        }
        if (order.annex() != null) {
            annex(html, order, words);
        }
        return html.append("</body></html>").toString();
    }

    private static void annex(StringBuilder html, OrderContent order, OrderWords words) {
        OrderContent.Annex annex = order.annex();
        html.append("<div class=\"annex\">");
        paragraph(html, "", words.annexLabel());
        paragraph(html, "", words.annexReference(order));
        html.append("</div>");
        if (present(annex.title())) {
            paragraph(html, "title", annex.title());
        }
        html.append("<table class=\"grid\"><colgroup>");
        for (int width : OrderColumns.widths(annex, 100)) {
            html.append("<col style=\"width: ").append(width).append("%\"/>");
        }
        html.append("</colgroup><thead><tr>");
        for (String header : annex.headers()) {
            html.append("<th>").append(escape(header)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<String> row : annex.rows()) {
            html.append("<tr>");
            for (String cell : row) {
                html.append("<td>").append(escape(cell)).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void paragraph(StringBuilder html, String style, String text) {
        html.append("<p class=\"")
                .append(style)
                .append("\">")
                .append(escape(text))
                .append("</p>");
    }

    /** Two texts on one line: the first at the left, the second at the right margin. */
    private static void leftAndRight(StringBuilder html, String style, String left, String right) {
        html.append("<table class=\"")
                .append(style)
                .append("\"><tr><td style=\"white-space: pre-line\">")
                .append(escape(left))
                .append("</td><td class=\"right\">")
                .append(escape(right))
                .append("</td></tr></table>");
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
