package org.nastavnik.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Orders written as DOCX and PDF, opened again with POI and PDFBox. */
class OrderDocumentsTest {

    static final OrderDocuments DOCUMENTS = new OrderDocuments(messages());

    @Test
    void theDocxHasTheHeaderNumberDateClausesSignatureAndEveryPairOfTheAnnex() throws IOException {
        OrderContent order = schoolOrder(40);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(order)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains("Управление образования администрации Старооскольского городского округа")
                    .contains("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «СОШ № 5»")
                    .contains("ПРИКАЗ", "01.09.2025\t№\u00a045-о", "г. Старый Оскол")
                    .contains("О закреплении наставнических пар (групп)")
                    .contains("приказываю:")
                    .contains("1. Закрепить наставнические пары (группы) согласно приложению.")
                    .contains("2. Контроль за исполнением настоящего приказа оставляю за собой.")
                    .contains("Директор\tИ.И. Иванова")
                    .contains("С приказом ознакомлены:", "Кузнецова Е.В.")
                    .contains("Приложение", "к приказу от 01.09.2025 № 45-о");
            XWPFTable table = docx.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows()).hasSize(41);
            for (List<String> row : order.annex().rows()) {
                assertThat(text).contains(String.join("\t", row));
            }
            XWPFRun body = docx.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("1. Закрепить"))
                    .findFirst()
                    .orElseThrow()
                    .getRuns()
                    .get(0);
            assertThat(body.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(14.0);
            XWPFRun cell =
                    table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(cell.getFontSizeAsDouble()).isEqualTo(12.0);
            var size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11_906);
            assertThat(((java.math.BigInteger) size.getH()).intValue()).isEqualTo(16_838);
        }
    }

    @Test
    void thePdfHasCyrillicTextInEmbeddedFontsAndTheAnnexHeaderOnEveryPageOfTheTable() throws IOException {
        OrderContent order = schoolOrder(40);

        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.pdf(order))) {
            // words wrapped in narrow cells come out on several lines
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("ПРИКАЗ", "01.09.2025", "№ 45-о", "О закреплении наставнических пар (групп)")
                    .contains("приказываю:", "1. Закрепить наставнические пары (группы) согласно приложению.")
                    .contains("Директор", "И.И. Иванова", "к приказу от 01.09.2025 № 45-о")
                    .doesNotContain("#");
            for (List<String> row : order.annex().rows()) {
                assertThat(text).contains(row.get(1), row.get(2));
            }
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getHeight())
                    .isGreaterThan(first.getMediaBox().getWidth());
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            // the annex starts on page 2; its table runs over the next pages, each with the header
            for (int page = 3; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).as("page " + page).contains("Наставляемый");
            }
        }
    }

    @Test
    void anOrderWithoutOptionalPartsIsWrittenWithoutThem() throws IOException {
        OrderContent bare = new OrderContent(
                null,
                "МБОУ «Лицей № 1»",
                null,
                "7",
                LocalDate.of(2026, 1, 9),
                "О назначении куратора",
                List.of(),
                List.of("Назначить куратором Смирнову О.П."),
                null,
                "Директор",
                "А.А. Петров",
                List.of());

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DOCUMENTS.docx(bare)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText())
                    .contains("09.01.2026", "1. Назначить куратором Смирнову О.П.")
                    .doesNotContain("Приложение", "ознакомлены");
            assertThat(docx.getTables()).isEmpty();
        }
        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.pdf(bare))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("А.А. Петров");
        }
    }

    @Test
    void markupInTheTextIsPrintedAsWrittenNotInterpreted() throws IOException {
        OrderContent order = new OrderContent(
                null,
                "ООО <b>«Школа & Ко»</b>",
                null,
                "1",
                LocalDate.of(2026, 1, 9),
                "О «кавычках» & <тегах>",
                List.of(),
                List.of("Текст </p><p>"),
                null,
                "Директор",
                "А.А. Петров",
                List.of());

        try (PDDocument pdf = Loader.loadPDF(DOCUMENTS.pdf(order))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("ООО <b>«Школа & Ко»</b>", "О «кавычках» & <тегах>", "1. Текст </p><p>");
        }
    }

    @Test
    void anAnnexRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> new OrderContent.Annex("T", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An order of school No. 5 fixing {@code pairs} pairs, as the mentorship module would fill it. */
    static OrderContent schoolOrder(int pairs) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            rows.add(List.of(
                    String.valueOf(i),
                    "Наставникова" + i + " Елена Викторовна",
                    "Ученикова" + i + " Анна Сергеевна",
                    "педагог – педагог",
                    "традиционное",
                    "01.09.2025–31.05.2026"));
        }
        return new OrderContent(
                "Управление образования администрации Старооскольского городского округа",
                "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «СОШ № 5»",
                "г. Старый Оскол",
                "45-о",
                LocalDate.of(2025, 9, 1),
                "О закреплении наставнических пар (групп)",
                List.of("В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145"),
                List.of(
                        "Закрепить наставнические пары (группы) согласно приложению.",
                        "Контроль за исполнением настоящего приказа оставляю за собой."),
                new OrderContent.Annex(
                        "Список наставнических пар (групп)",
                        List.of("№ п/п", "Наставник", "Наставляемый", "Форма", "Вид", "Срок"),
                        rows),
                "Директор",
                "И.И. Иванова",
                List.of("Кузнецова Е.В.", "Соколова М.И."));
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
