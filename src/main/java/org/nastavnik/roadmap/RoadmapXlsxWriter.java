package org.nastavnik.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A roadmap as a sheet (fastexcel), one row per activity, for those who sort and filter: its section,
 * number, activity, the deadline as written, the dates it was read into, the responsible, the result,
 * each date with its status and how many of them are closed. Every text cell is written through
 * {@link XlsxCells#text} (safe against formulas): a roadmap's text comes from pasted documents.
 */
final class RoadmapXlsxWriter {

    static final List<String> COLUMNS = List.of(
            "section", "number", "activity", "deadline", "dueDates", "responsible", "result", "statuses", "closed");

    private static final int[] WIDTHS = {30, 8, 60, 24, 24, 30, 30, 40, 12};

    private RoadmapXlsxWriter() {}

    static byte[] write(RoadmapView roadmap, Map<Integer, List<DueDate>> dates, ExportTexts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Nastavnik", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(texts.get("roadmap.export.sheet"));
            for (int c = 0; c < COLUMNS.size(); c++) {
                XlsxCells.header(sheet, 0, c, texts.column(COLUMNS.get(c)), WIDTHS[c]);
            }
            sheet.freezePane(0, 1);
            String section = "";
            int r = 1;
            for (RoadmapLine line : roadmap.lines()) {
                if (line.section()) {
                    section = (line.number() == null ? "" : line.number() + " ") + line.activity();
                    continue;
                }
                List<DueDate> ofLine = dates.getOrDefault(line.position(), List.of());
                String[] values = {
                    section,
                    line.number(),
                    line.activity(),
                    line.deadline(),
                    line.dueDates().stream().map(ExportTexts::date).collect(Collectors.joining(", ")),
                    line.responsible(),
                    line.result(),
                    statuses(ofLine, texts),
                    texts.get(
                            "roadmap.export.closed",
                            ofLine.stream().filter(d -> d.status().closed()).count(),
                            ofLine.size())
                };
                for (int c = 0; c < values.length; c++) {
                    XlsxCells.text(sheet, r, c, values[c]);
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** «01.09.2025 — выполнено» for each date, on separate lines. */
    private static String statuses(List<DueDate> dates, ExportTexts texts) {
        return dates.stream()
                .map(d -> (d.dated() ? ExportTexts.date(d.dueOn()) : texts.get("roadmap.due.undated")) + " — "
                        + texts.get("roadmap.due.status." + d.status()))
                .collect(Collectors.joining("\n"));
    }
}
