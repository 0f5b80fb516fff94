package org.nastavnik.common.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nastavnik.common.SpreadsheetText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** A line of the import report with its message in words, for the page and the spreadsheet. */
public record ReportLine(String row, String column, String value, String message) implements java.io.Serializable {

    public static List<ReportLine> of(ImportResult result, MessageSource messages) {
        String wholeFile = messages.getMessage("import.report.wholeFile", null, LocaleContextHolder.getLocale());
        return result.problems().stream()
                .map(p -> new ReportLine(
                        p.row() == 0 ? wholeFile : String.valueOf(p.row()),
                        p.column(),
                        p.value(),
                        message(p, messages)))
                .toList();
    }

    /** The report as a sheet; cell values come from the uploaded file, so they are made safe. */
    public static void write(List<ReportLine> lines, MessageSource messages, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Nastavnik", "1.0");
        Worksheet sheet = workbook.newWorksheet(text(messages, "import.report.sheet"));
        String[] headers = {"row", "column", "value", "message"};
        int[] widths = {10, 28, 28, 80};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, text(messages, "import.report." + headers[c]));
            sheet.style(0, c).bold().set();
            sheet.width(c, widths[c]);
        }
        sheet.freezePane(0, 1);
        for (int i = 0; i < lines.size(); i++) {
            ReportLine line = lines.get(i);
            int r = i + 1;
            if (line.row().chars().allMatch(Character::isDigit)) {
                sheet.value(r, 0, Integer.parseInt(line.row()));
            } else {
                cell(sheet, r, 0, line.row());
            }
            cell(sheet, r, 1, line.column());
            cell(sheet, r, 2, line.value());
            cell(sheet, r, 3, line.message());
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int row, int column, String text) {
        if (text != null) {
            sheet.value(row, column, SpreadsheetText.safe(text));
        }
    }

    private static String message(ImportProblem problem, MessageSource messages) {
        return messages.getMessage(
                problem.code(), problem.arguments(), problem.code(), LocaleContextHolder.getLocale());
    }

    private static String text(MessageSource messages, String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
