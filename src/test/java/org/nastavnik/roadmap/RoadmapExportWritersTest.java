package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The DOCX, PDF and xlsx of a roadmap, opened again with POI and PDFBox. */
class RoadmapExportWritersTest {

    static final ExportTexts TEXTS = new ExportTexts(messages());

    @Test
    void anApprovedRoadmapsDocxHasTheApprovalBlockTheTitleAndALandscapeTableWithARepeatedHeader() throws IOException {
        try (XWPFDocument docx = docx(approved(college()))) {
            XWPFParagraph block = docx.getParagraphs().get(0);
            assertThat(block.getText())
                    .isEqualTo("УТВЕРЖДЕНА\nприказом МБОУ СОШ № 12\nот 01.09.2025 № 45-од\nДиректор И.И. Иванова");
            assertThat(block.getAlignment().name()).isEqualTo("RIGHT");
            assertThat(docx.getParagraphs().get(2).getText()).isEqualTo("Дорожная карта колледжа");
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .isEqualTo(STPageOrientation.LANDSCAPE);
            XWPFTable table = docx.getTables().get(0);
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells())
                    .extracting(c -> c.getText())
                    .containsExactly("№", "Мероприятие", "Срок", "Ответственные", "Результат");
            XWPFTableRow section = table.getRow(1);
            assertThat(section.getTableCells()).hasSize(2);
            assertThat(section.getCell(1).getCTTc().getTcPr().getGridSpan().getVal())
                    .isEqualTo(BigInteger.valueOf(4));
            assertThat(header.getCell(1).getParagraphs().get(0).getRuns().get(0).getFontFamily())
                    .isEqualTo("Times New Roman");
            assertThat(header.getCell(1).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                    .isEqualTo(12.0);
        }
    }

    @Test
    void aDraftIsMarkedAsAProject() throws IOException {
        try (XWPFDocument docx = docx(college())) {
            assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("ПРОЕКТ");
        }
    }

    @Test
    void theExportedDocxReadsBackIntoTheSameSectionsItemsAndDeadlines() {
        for (String seed : List.of("college", "district", "municipal")) {
            RoadmapTable.Parsed original = RoadmapTable.parse(RoadmapDocuments.seedText(seed));
            RoadmapView roadmap = approved(view(original));

            RoadmapDocx.Read read = RoadmapDocx.read(RoadmapDocxWriter.write(roadmap, TEXTS), seed + ".docx");
            RoadmapTable.Parsed again = RoadmapTable.parse(read.table());

            assertThat(again.sections()).as(seed).isEqualTo(original.sections());
            assertThat(again.items()).as(seed).isEqualTo(original.items());
            assertThat(read.preamble().approval()).as(seed).contains("45-од");
            assertThat(read.preamble().goal()).as(seed).isEqualTo(roadmap.goal());
        }
    }

    @Test
    void thePdfIsLandscapeWithEmbeddedFontsAndCyrillicText() throws IOException {
        RoadmapView roadmap = approved(college());
        byte[] pdf = RoadmapPdfWriter.write(roadmap, TEXTS);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("УТВЕРЖДЕНА", "приказом МБОУ СОШ № 12", "от 01.09.2025 № 45-од")
                    .contains("Дорожная карта колледжа", "Мероприятие", "Ответственные")
                    .contains(roadmap.lines().get(0).activity())
                    .doesNotContain("#");
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth())
                    .isGreaterThan(page.getMediaBox().getHeight());
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            }
        }
    }

    @Test
    void xmlTextIsEscapedForThePdfPage() {
        assertThat(org.nastavnik.common.PdfDocuments.escape("a<b & \"c\" 'd'\u0007>"))
                .isEqualTo("a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
    }

    @Test
    void theSheetHasARowPerActivityWithItsSectionDatesAndStatusesAndNoFormulas() throws IOException {
        RoadmapView roadmap = approved(college());
        RoadmapLine first = roadmap.lines().get(1);
        List<RoadmapLine> lines = new ArrayList<>(roadmap.lines());
        lines.add(new RoadmapLine(
                99,
                false,
                "9.9",
                null,
                "=HYPERLINK(\"x\")",
                "@today",
                null,
                "+1",
                "-1",
                Deadline.Kind.UNKNOWN,
                List.of(),
                ""));
        RoadmapView withFormulas = copy(roadmap, lines);
        DueDate done = due(first.position(), LocalDate.of(2025, 9, 5), DueStatus.DONE);
        DueDate overdue = due(first.position(), LocalDate.of(2026, 9, 5), DueStatus.OVERDUE);

        byte[] xlsx = RoadmapXlsxWriter.write(withFormulas, Map.of(first.position(), List.of(done, overdue)), TEXTS);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Мероприятие");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("1 ");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(first.number());
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(first.deadline());
            assertThat(row.getCell(7).getStringCellValue())
                    .isEqualTo("05.09.2025 — выполнено\n05.09.2026 — просрочено");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("1 из 2");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(last.getCell(3).getStringCellValue()).isEqualTo("'@today");
            assertThat(last.getCell(5).getStringCellValue()).isEqualTo("'+1");
            assertThat(last.getCell(6).getStringCellValue()).isEqualTo("'-1");
            for (Row r : sheet) {
                r.forEach(c -> assertThat(c.getCellType().name()).isNotEqualTo("FORMULA"));
            }
        }
    }

    private static XWPFDocument docx(RoadmapView roadmap) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(RoadmapDocxWriter.write(roadmap, TEXTS)));
    }

    static RoadmapView college() {
        return view(RoadmapTable.parse(RoadmapDocuments.seedText("college")));
    }

    /** The parsed table as the roadmap's lines, the way the service saves them. */
    static RoadmapView view(RoadmapTable.Parsed parsed) {
        List<RoadmapLine> lines = new ArrayList<>();
        for (RoadmapTable.Row row : parsed.rows()) {
            int position = lines.size() + 1;
            if (row instanceof RoadmapTable.Section s) {
                lines.add(new RoadmapLine(
                        position, true, s.number(), null, s.title(), "", null, "", "", null, List.of(), ""));
            } else if (row instanceof RoadmapTable.Item i) {
                lines.add(new RoadmapLine(
                        position,
                        false,
                        i.number(),
                        i.section(),
                        i.activity(),
                        i.deadline(),
                        null,
                        i.responsible(),
                        i.result(),
                        Deadline.Kind.DATES,
                        List.of(LocalDate.of(2025, 9, 5)),
                        i.coExecutors()));
            }
        }
        return new RoadmapView(
                1,
                1,
                "МБОУ СОШ № 12",
                "Дорожная карта колледжа",
                "внедрение целевой модели наставничества в колледже",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 8, 31),
                "DRAFT",
                lines,
                "Муниципальное бюджетное общеобразовательное учреждение",
                null,
                0);
    }

    static RoadmapView approved(RoadmapView draft) {
        return new RoadmapView(
                draft.id(),
                draft.ownerUnitId(),
                draft.owner(),
                draft.title(),
                draft.goal(),
                draft.periodFrom(),
                draft.periodTo(),
                "APPROVED",
                draft.lines(),
                draft.ownerFullName(),
                new RoadmapBasis("45-од", LocalDate.of(2025, 9, 1), "Директор И.И. Иванова"),
                1);
    }

    private static RoadmapView copy(RoadmapView r, List<RoadmapLine> lines) {
        return new RoadmapView(
                r.id(),
                r.ownerUnitId(),
                r.owner(),
                r.title(),
                r.goal(),
                r.periodFrom(),
                r.periodTo(),
                r.status(),
                lines,
                r.ownerFullName(),
                r.basis(),
                r.version());
    }

    private static DueDate due(int position, LocalDate on, DueStatus status) {
        return new DueDate(1, 1, position, "1.1", "1", "x", on, status, null, null, null, 0, 0);
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
