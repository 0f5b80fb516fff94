package org.nastavnik.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The cascade matrix as a sheet (fastexcel): a row per organization (its name, municipality and type)
 * and two columns per requirement under a head with its activity, roadmap and due date — the status
 * in Russian and a summary of the evidence — with the overdue cells filled red. Every text goes
 * through {@link XlsxCells}.
 */
final class CascadeXlsxWriter {

    /** Longest evidence summary in a cell; the page lists it all. */
    static final int SUMMARY_MAX = 1_000;

    private static final String LATE_FILL = "F8D7DA";
    private static final String LATE_FONT = "842029";
    private static final int ORGANIZATION_COLUMNS = 3;

    private CascadeXlsxWriter() {}

    /**
     * @param evidence the evidence summary by requirement id and organization id
     */
    static byte[] write(CascadeMatrix matrix, Map<Long, Map<Long, String>> evidence, ExportTexts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Nastavnik", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(texts.get("roadmap.cascade.export.sheet"));
            String[] organizationHeads = {"organization", "municipality", "type"};
            int[] widths = {40, 24, 18};
            for (int c = 0; c < ORGANIZATION_COLUMNS; c++) {
                XlsxCells.header(
                        sheet, 0, c, texts.get("roadmap.cascade.export.column." + organizationHeads[c]), widths[c]);
                sheet.range(0, c, 1, c).merge();
            }
            int c = ORGANIZATION_COLUMNS;
            for (CascadeMatrix.Column column : matrix.columns()) {
                Requirement q = column.requirement();
                String head = texts.get(
                        "roadmap.cascade.export.requirement",
                        q.number() == null ? "" : q.number(),
                        q.activity(),
                        q.roadmapTitle(),
                        ExportTexts.date(q.dueOn()));
                if (q.withdrawn()) {
                    head += "\n"
                            + texts.get(
                                    "roadmap.cascade.export.withdrawn",
                                    q.withdrawal().reason());
                }
                XlsxCells.header(sheet, 0, c, head, 20);
                sheet.range(0, c, 0, c + 1).merge();
                XlsxCells.header(sheet, 1, c, texts.get("roadmap.cascade.export.column.status"), 20);
                XlsxCells.header(sheet, 1, c + 1, texts.get("roadmap.cascade.export.column.evidence"), 40);
                c += 2;
            }
            sheet.freezePane(ORGANIZATION_COLUMNS, 2);
            int r = 2;
            for (CascadeMatrix.Row row : matrix.rows()) {
                XlsxCells.text(sheet, r, 0, row.organization());
                XlsxCells.text(sheet, r, 1, row.municipality());
                XlsxCells.text(sheet, r, 2, texts.get("unit.type." + row.type()));
                if (row.late()) {
                    sheet.style(r, 0)
                            .bold()
                            .wrapText(true)
                            .verticalAlignment("top")
                            .set();
                }
                for (int i = 0; i < row.cells().size(); i++) {
                    CascadeMatrix.Cell cell = row.cells().get(i);
                    int column = ORGANIZATION_COLUMNS + 2 * i;
                    if (cell == null) {
                        XlsxCells.text(sheet, r, column, texts.get("roadmap.cascade.export.notRequired"));
                        continue;
                    }
                    XlsxCells.text(sheet, r, column, texts.get("roadmap.due.status." + cell.status()));
                    if (cell.status() == DueStatus.OVERDUE) {
                        sheet.style(r, column)
                                .fillColor(LATE_FILL)
                                .fontColor(LATE_FONT)
                                .bold()
                                .wrapText(true)
                                .verticalAlignment("top")
                                .set();
                    }
                    String summary = evidence.getOrDefault(cell.requirementId(), Map.of())
                            .get(row.organizationId());
                    if (cell.automatic()) {
                        String automatic = texts.get("roadmap.cascade.automaticShort");
                        summary = summary == null ? automatic : automatic + "; " + summary;
                    }
                    XlsxCells.text(sheet, r, column + 1, shortened(summary));
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String shortened(String summary) {
        return summary == null || summary.length() <= SUMMARY_MAX
                ? summary
                : summary.substring(0, SUMMARY_MAX - 1) + "\u2026";
    }
}
