package org.nastavnik.roadmap;

import org.dhatim.fastexcel.Worksheet;
import org.nastavnik.common.SpreadsheetText;

/**
 * The cells the roadmap module's sheets write: a bold, wrapped header of a set width, and text cells
 * wrapped at the top, every text through {@link SpreadsheetText#safe} (it comes from pasted documents
 * and from users' notes, and must never be read as a formula).
 */
final class XlsxCells {

    private XlsxCells() {}

    static void header(Worksheet sheet, int row, int column, String text, int width) {
        sheet.value(row, column, SpreadsheetText.safe(text));
        sheet.style(row, column).bold().wrapText(true).verticalAlignment("top").set();
        sheet.width(column, width);
    }

    static void text(Worksheet sheet, int row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.value(row, column, SpreadsheetText.safe(value));
        }
        sheet.style(row, column).wrapText(true).verticalAlignment("top").set();
    }
}
