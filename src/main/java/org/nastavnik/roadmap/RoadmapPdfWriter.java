package org.nastavnik.roadmap;

import static org.nastavnik.common.PdfDocuments.escape;

import java.util.List;
import org.nastavnik.common.PdfDocuments;

/**
 * A roadmap as PDF with the content of {@link RoadmapDocxWriter}: XHTML laid out by openhtmltopdf on
 * landscape A4, the table's header repeated on each page, pages numbered. Liberation Serif (the
 * metrics of Times New Roman) is embedded: the PDF base fonts have no Cyrillic, which would come out
 * as «#».
 */
final class RoadmapPdfWriter {

    private static final String FONT = PdfDocuments.FONT;

    private static final String STYLE = "@page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm;"
            + " @bottom-right { content: counter(page) ' / ' counter(pages); font-family: '" + FONT + "';"
            + " font-size: 9pt; } }"
            + " body { font-family: '" + FONT + "'; font-size: 12pt; }"
            + " .approval { margin-left: 62%; margin-bottom: 12pt; }"
            + " .approval p { margin: 0; } .approval .first { font-weight: bold; }"
            + " h1 { font-size: 12pt; text-align: center; margin: 0; }"
            + " .period { text-align: center; margin: 0 0 10pt 0; }"
            + " table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }"
            + " thead { display: table-header-group; }"
            + " th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; white-space: pre-line; }"
            + " th { font-weight: bold; text-align: center; } tr { page-break-inside: avoid; }"
            + " .section td { font-weight: bold; }";

    private RoadmapPdfWriter() {}

    static byte[] write(RoadmapView roadmap, ExportTexts texts) {
        return PdfDocuments.render(html(roadmap, texts));
    }

    /** The page as XHTML, every text escaped. */
    static String html(RoadmapView roadmap, ExportTexts texts) {
        StringBuilder html = new StringBuilder(8_192)
                .append("<html lang=\"ru\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(roadmap.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><div class=\"approval\">");
        List<String> approval = texts.approval(roadmap);
        for (int i = 0; i < approval.size(); i++) {
            html.append(i == 0 ? "<p class=\"first\">" : "<p>")
                    .append(escape(approval.get(i)))
                    .append("</p>");
        }
        html.append("</div><h1>")
                .append(escape(roadmap.title()))
                .append("</h1><p class=\"period\">")
                .append(escape(texts.period(roadmap)))
                .append("</p>");
        String goal = texts.goal(roadmap);
        if (goal != null) {
            html.append("<p>").append(escape(goal)).append("</p>");
        }
        html.append("<table><colgroup><col style=\"width: 6%\"/><col style=\"width: 39%\"/>")
                .append("<col style=\"width: 16%\"/><col style=\"width: 20%\"/><col style=\"width: 19%\"/>")
                .append("</colgroup><thead><tr>");
        for (String column : ExportTexts.TABLE_COLUMNS) {
            html.append("<th>").append(escape(texts.column(column))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (RoadmapLine line : roadmap.lines()) {
            if (line.section()) {
                html.append("<tr class=\"section\">")
                        .append(cell(line.number()))
                        .append("<td colspan=\"4\">")
                        .append(escape(line.activity()))
                        .append("</td></tr>");
            } else {
                html.append("<tr>")
                        .append(cell(line.number()))
                        .append(cell(line.activity()))
                        .append(cell(line.deadline()))
                        .append(cell(line.responsible()))
                        .append(cell(line.result()))
                        .append("</tr>");
            }
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private static String cell(String text) {
        return "<td>" + escape(text) + "</td>";
    }
}
