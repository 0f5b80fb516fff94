package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.roadmap.RoadmapTable.Item;
import org.nastavnik.roadmap.RoadmapTable.Parsed;
import org.nastavnik.support.OfficeFiles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Roadmaps read from Word documents: the seeds laid out as Word does, and what real documents do. */
class RoadmapDocxTest {

    private static final LocalDate FROM = LocalDate.of(2020, 9, 1);
    private static final LocalDate TO = LocalDate.of(2025, 8, 31);

    static List<Arguments> layouts() {
        List<Arguments> layouts = new ArrayList<>();
        for (String seed : List.of("college", "district", "municipal")) {
            layouts.add(Arguments.of(seed, "as written", UnaryOperator.<RoadmapDocuments>identity()));
            layouts.add(Arguments.of(
                    seed, "merged sections, numbering row, header repeated after a page break", (UnaryOperator<
                                    RoadmapDocuments>)
                            d -> d.mergedSections().numberingRow().repeatedHeaderAfterPageBreak()));
            layouts.add(Arguments.of(
                    seed, "columns in another order", (UnaryOperator<RoadmapDocuments>) d -> d.columns(3, 2, 0, 4, 1)));
            layouts.add(Arguments.of(
                    seed, "responsible merged down over items and sections merged", (UnaryOperator<RoadmapDocuments>)
                            d -> d.mergedDown(3).mergedSections()));
        }
        return layouts;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("layouts")
    void aSeedReadFromWordGivesTheSameSectionsItemsAndDeadlinesAsItsText(
            String seed, String layout, UnaryOperator<RoadmapDocuments> options) {
        Parsed text = RoadmapTable.parse(RoadmapDocuments.seedText(seed));

        RoadmapDocx.Read read =
                RoadmapDocx.read(options.apply(RoadmapDocuments.seed(seed)).docx(), seed + ".docx");
        Parsed word = RoadmapTable.parse(read.table());

        assertThat(word.sections()).isEqualTo(text.sections());
        assertThat(word.items()).isEqualTo(text.items());
        assertThat(word.problems()).isEqualTo(text.problems());
        assertThat(dueDates(word)).isEqualTo(dueDates(text));
        assertThat(read.items()).isEqualTo(text.items().size());
        assertThat(read.sections()).isEqualTo(text.sections().size());
    }

    @Test
    void theTextBeforeTheTableGivesTitlePeriodAndApproval() {
        RoadmapPreamble college = read(RoadmapDocuments.seed("college").docx()).preamble();
        assertThat(college.title())
                .startsWith("ДОРОЖНАЯ КАРТА (ПЛАН МЕРОПРИЯТИЙ) ПО РЕАЛИЗАЦИИ ЦЕЛЕВОЙ МОДЕЛИ")
                .endsWith("«КОТЛАССКИЙ ТРАНСПОРТНЫЙ ТЕХНИКУМ» НА 2022-2024 ГОДЫ");
        assertThat(college.periodFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(college.periodTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(college.approval()).isEqualTo("УТВЕРЖДАЮ: Директор КТТ Ганжа А.Н. 20.11.г.");

        RoadmapPreamble district =
                read(RoadmapDocuments.seed("district").docx()).preamble();
        assertThat(district.title())
                .startsWith("План мероприятий (дорожная карта) реализации методологии")
                .endsWith("на территории Вацкого муниципального района на 2021 год");
        assertThat(district.periodFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(district.periodTo()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(district.approval())
                .isEqualTo("УТВЕРЖДЕН приказом управления образования администрации Вацкого муниципального района"
                        + " от 17.02.2021 № 52");

        RoadmapPreamble municipal =
                read(RoadmapDocuments.seed("municipal").docx()).preamble();
        assertThat(municipal.title())
                .isEqualTo("«Дорожная карта» (план мероприятий) по внедрению системы (целевой модели) наставничества"
                        + " педагогических работников в образовательных учреждениях Старооскольского городского"
                        + " округа");
        assertThat(municipal.periodFrom()).isNull();
        assertThat(municipal.approval()).isEqualTo("от 25.04.2022 г. № 591");
    }

    @Test
    void anAcademicYearIsSeptemberToAugustAndADocumentWithoutATitleIsNamedByItsFile() {
        RoadmapPreamble school =
                RoadmapPreamble.of(List.of("План работы наставников", "на 2023/2024 учебный год"), "plan.docx");
        assertThat(school.title()).isEqualTo("План работы наставников на 2023/2024 учебный год");
        assertThat(school.periodFrom()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(school.periodTo()).isEqualTo(LocalDate.of(2024, 8, 31));

        RoadmapPreamble untitled = RoadmapPreamble.of(List.of("", "Согласовано"), "C:\\Документы\\Карта_2024.docx");
        assertThat(untitled.title()).isEqualTo("Карта 2024");
        assertThat(untitled.periodFrom()).isNull();
    }

    @Test
    void theGoalIsWhatTheParagraphBeginningWithGoalStates() {
        assertThat(RoadmapPreamble.of(
                                List.of(
                                        "Дорожная карта внедрения наставничества",
                                        "Цель дорожной карты \u2014 обеспечить каждому молодому педагогу наставника."),
                                "plan.docx")
                        .goal())
                .isEqualTo("обеспечить каждому молодому педагогу наставника.");
        assertThat(RoadmapPreamble.of(List.of("План мероприятий", "ЦЕЛИ: снижение текучести кадров"), "plan.docx")
                        .goal())
                .isEqualTo("снижение текучести кадров");
        assertThat(RoadmapPreamble.of(
                                List.of("План мероприятий", "Целевая модель наставничества: внедрение"), "plan.docx")
                        .goal())
                .as("«Целевая модель» is not a goal")
                .isNull();
    }

    @Test
    void rowsOfOneNumberMergedDownAreOneActivityAndARepeatedResponsibleAppliesToEach() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = table(
                    document,
                    List.of("№", "Мероприятие", "Срок", "Ответственный"),
                    List.of("1", "Совещание", "сентябрь", "Куратор"),
                    List.of("", "", "май", ""),
                    List.of("2", "Анкетирование", "октябрь", ""),
                    List.of("3", "Отчёт", "декабрь", "Директор"));
            merge(table, 1, 0, STMerge.RESTART);
            merge(table, 2, 0, STMerge.CONTINUE);
            merge(table, 1, 1, STMerge.RESTART);
            merge(table, 2, 1, STMerge.CONTINUE);
            merge(table, 1, 3, STMerge.RESTART);
            merge(table, 2, 3, STMerge.CONTINUE);
            merge(table, 3, 3, STMerge.CONTINUE);

            Parsed parsed = RoadmapTable.parse(read(bytes(document)).table());

            assertThat(parsed.items())
                    .extracting(Item::number, Item::activity, Item::deadline, Item::responsible)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("1", "Совещание", "сентябрь\nмай", "Куратор"),
                            org.assertj.core.groups.Tuple.tuple("2", "Анкетирование", "октябрь", "Куратор"),
                            org.assertj.core.groups.Tuple.tuple("3", "Отчёт", "декабрь", "Директор"));
        }
    }

    @Test
    void aNumberColumnNumberedByWordGetsItsNumbersAndParagraphsOfACellStayOnTheirLines() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Дорожная карта на 2024 год");
            XWPFTable table = table(
                    document,
                    List.of("№", "Мероприятие", "Срок", "Ответственный"),
                    List.of("", "Приказ", "январь", "Директор"),
                    List.of("", "Анкетирование<br>наставников", "февраль", "Куратор"));
            BigInteger list = decimalList(document);
            for (int row = 1; row <= 2; row++) {
                var paragraph = table.getRow(row).getCell(0).getParagraphs().get(0);
                paragraph.setNumID(list);
                paragraph.setNumILvl(BigInteger.ZERO);
            }

            RoadmapDocx.Read read = read(bytes(document));
            Parsed parsed = RoadmapTable.parse(read.table());

            assertThat(parsed.items()).extracting(Item::number).containsExactly("1", "2");
            assertThat(parsed.items().get(1).activity()).isEqualTo("Анкетирование\nнаставников");
            assertThat(read.preamble().periodTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        }
    }

    @Test
    void aShiftedRowAndALayoutTableBeforeThePlanAndASignatureTableAfterItAreReadAsAPersonWould() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            table(document, List.of("", "УТВЕРЖДЕН приказом от 01.09.2022 № 123"));
            document.createParagraph().createRun().setText("Дорожная карта наставничества на 2022-2023 годы");
            XWPFTable plan = table(
                    document,
                    List.of("Срок", "Мероприятие", "Ответственный", "№"),
                    List.of("май", "Отчёт", "Куратор", "1"));
            // a row that starts one grid column later, and one whose activity spans two columns
            XWPFTableRow shifted = plan.createRow();
            shifted.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            shifted.removeCell(3);
            shifted.getCell(0).setText("Итоговое совещание");
            shifted.getCell(1).setText("Директор");
            shifted.getCell(2).setText("2");
            XWPFTableRow spanning = plan.createRow();
            spanning.removeCell(3);
            spanning.getCell(0).setText("июнь");
            spanning.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            spanning.getCell(1).setText("Совет");
            spanning.getCell(2).setText("3");
            document.createParagraph().createRun().setText("Директор ______ Иванов И.И.");
            table(document, List.of("Согласовано", "Председатель", "Подпись", "Дата"));

            RoadmapDocx.Read read = read(bytes(document));
            Parsed parsed = RoadmapTable.parse(read.table());

            assertThat(parsed.items())
                    .extracting(Item::number, Item::activity, Item::responsible)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("1", "Отчёт", "Куратор"),
                            org.assertj.core.groups.Tuple.tuple("2", "Итоговое совещание", "Директор"),
                            org.assertj.core.groups.Tuple.tuple("3", "Совет", ""));
            assertThat(read.preamble().approval()).isEqualTo("УТВЕРЖДЕН приказом от 01.09.2022 № 123");
            assertThat(read.preamble().title()).isEqualTo("Дорожная карта наставничества на 2022-2023 годы");
            assertThat(read.preamble().periodFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        }
    }

    @Test
    void aPipeInACellSurvivesTheTextOfTheForm() {
        List<List<String>> rows = List.of(
                List.of("№", "Мероприятие", "Срок", "Ответственный"), List.of("1", "Анализ | синтез", "май", "Я"));

        assertThat(RoadmapTable.parse(RoadmapTable.text(rows)).items().get(0).activity())
                .isEqualTo("Анализ | синтез");
    }

    @Test
    void twoThousandRowsAreReadAndMoreAreRefused() {
        RoadmapDocx.Read read = read(large(RoadmapService.MAX_LINES - 1).docx());
        assertThat(read.items()).isEqualTo(RoadmapService.MAX_LINES - 1);
        assertThat(read.sections()).isEqualTo(1);

        assertRefused(large(RoadmapService.MAX_LINES).docx(), "roadmap.import.tooManyLines");
    }

    @Test
    void repeatedAndOutOfOrderNumbersAreWarnedAbout() {
        byte[] docx = RoadmapDocuments.of(
                        List.of("Дорожная карта"),
                        List.of(
                                List.of("№", "Мероприятие", "Срок", "Ответственный"),
                                List.of("1", "А", "май", "Я"),
                                List.of("1", "Б", "май", "Я"),
                                List.of("5", "В", "июнь", "Я")))
                .docx();

        assertThat(RoadmapTable.parse(read(docx).table()).problems())
                .extracting(RoadmapTable.Problem::code)
                .containsExactly("roadmap.import.repeatedNumber", "roadmap.import.numberOutOfOrder");
    }

    @Test
    void refusesWhatIsNotARoadmapInWordWithTheReason() throws IOException {
        assertRefused("just text".getBytes(StandardCharsets.UTF_8), "upload.docx.wrongFormat");
        assertRefused(OfficeFiles.legacyHeader(), "upload.docx.legacy");
        byte[] docx = RoadmapDocuments.seed("college").docx();
        assertRefused(OfficeFiles.encrypted(docx, "secret"), "upload.docx.encrypted");
        assertRefused(Arrays.copyOf(docx, docx.length / 2), "upload.docx.unreadable");
        assertRefused(bomb(), "upload.docx.tooLargeInside");
        assertRefused(RoadmapDocuments.of(List.of("Дорожная карта"), List.of()).docx(), "roadmap.docx.noTable");
        // one row or one column is not a table of a plan, whatever its words
        assertRefused(
                RoadmapDocuments.of(List.of("Дорожная карта"), List.of(List.of("Фамилия", "Имя", "Отчество")))
                        .docx(),
                "roadmap.docx.noHeader");
        assertRefused(
                RoadmapDocuments.of(List.of("Дорожная карта"), List.of(List.of("Фамилия"), List.of("Иванов")))
                        .docx(),
                "roadmap.docx.noHeader");
        assertRefused(
                RoadmapDocuments.of(List.of(), List.of(List.of("№", "Мероприятие", "Срок", "Результат")))
                        .docx(),
                "roadmap.docx.noItems");
    }

    static List<Arguments> unrecognizedHeaders() {
        List<Arguments> cases = new ArrayList<>();
        for (String seed : List.of("college", "district", "municipal")) {
            cases.add(Arguments.of(seed, "no header row", false));
            cases.add(Arguments.of(seed, "header words nobody recognizes", true));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unrecognizedHeaders")
    void aSeedWhoseHeaderIsNotRecognizedReachesThePreviewAndReadsAsItsTextOnceMapped(
            String seed, String layout, boolean words) {
        Parsed text = RoadmapTable.parse(RoadmapDocuments.seedText(seed));
        List<String> header = words
                ? List.of("", "Что делаем", "Когда", "Кто", "Итог", "Прочее")
                        .subList(0, text.header().size())
                : null;

        RoadmapDocx.Read read = RoadmapDocx.read(
                RoadmapDocuments.seed(seed).mergedSections().header(header).docx(), seed + ".docx");
        Parsed unmapped = RoadmapTable.parse(read.table());

        assertThat(read.recognized()).isFalse();
        assertThat(read.items()).isZero();
        assertThat(read.columns()).isEqualTo(text.header().size());
        assertThat(read.rows()).isGreaterThanOrEqualTo(text.items().size());
        assertThat(read.preamble().title())
                .isEqualTo(read(RoadmapDocuments.seed(seed).docx()).preamble().title());
        assertThat(unmapped.needsMapping()).isTrue();
        assertThat(unmapped.header()).hasSize(text.header().size());
        assertThat(unmapped.mappingProblems())
                .extracting(RoadmapTable.Problem::code)
                .containsExactly(RoadmapTable.MAPPING_NEEDED);

        Parsed mapped = RoadmapTable.parse(read.table(), text.mapping());

        assertThat(mapped.mappingProblems()).isEmpty();
        assertThat(mapped.sections()).isEqualTo(text.sections());
        assertThat(mapped.items()).isEqualTo(text.items());
        assertThat(dueDates(mapped)).isEqualTo(dueDates(text));
    }

    @Test
    void aHeaderlessTableWithACellMergedDownRepeatsItInsteadOfJoiningActivities() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("План работы с молодыми специалистами на 2024 год");
            XWPFTable plan = table(
                    document,
                    List.of("Методическая работа", "Посещение уроков", "октябрь", "Куратор"),
                    List.of("", "Открытый урок наставника", "ноябрь", "Наставник"),
                    List.of("Диагностика", "Анкетирование", "декабрь", "Педагог-психолог"));
            merge(plan, 0, 0, STMerge.RESTART);
            merge(plan, 1, 0, STMerge.CONTINUE);
            RoadmapDocx.Read read = read(bytes(document));

            assertThat(read.recognized()).isFalse();
            Parsed mapped = RoadmapTable.parse(
                    read.table(),
                    Arrays.asList(
                            null,
                            RoadmapTable.Column.ACTIVITY,
                            RoadmapTable.Column.DEADLINE,
                            RoadmapTable.Column.RESPONSIBLE));
            assertThat(mapped.items())
                    .extracting(Item::activity, Item::deadline, Item::responsible)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Посещение уроков", "октябрь", "Куратор"),
                            org.assertj.core.groups.Tuple.tuple("Открытый урок наставника", "ноябрь", "Наставник"),
                            org.assertj.core.groups.Tuple.tuple("Анкетирование", "декабрь", "Педагог-психолог"));
            assertThat(RoadmapTable.parse(read.table()).samples())
                    .containsExactly("Методическая работа", "Посещение уроков", "октябрь", "Куратор");
        }
    }

    private static RoadmapDocuments large(int items) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("№ п/п", "Мероприятие", "Сроки", "Ответственные", "Результат"));
        rows.add(List.of("1. Основной этап", "", "", "", ""));
        for (int i = 1; i <= items; i++) {
            rows.add(List.of(
                    "1." + i, "Мероприятие номер " + i, "Сентябрь, ежегодно", "Куратор", "Справка<br>Протокол"));
        }
        return RoadmapDocuments.of(List.of("Дорожная карта на 2024-2026 годы"), rows);
    }

    /** 150 MB of spaces in the document part deflate to about 150 KB. */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 150; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static RoadmapDocx.Read read(byte[] docx) {
        return RoadmapDocx.read(docx, "roadmap.docx");
    }

    private static void assertRefused(byte[] content, String code) {
        assertThatThrownBy(() -> read(content)).isInstanceOfSatisfying(FieldProblem.class, problem -> {
            assertThat(problem.field()).isEqualTo("file");
            assertThat(problem.code()).isEqualTo(code);
        });
    }

    private static List<List<LocalDate>> dueDates(Parsed parsed) {
        DeadlineInterpreter deadlines = DeadlineInterpreter.standard();
        return parsed.items().stream()
                .map(i -> deadlines.interpret(i.deadline()).dueDates(FROM, TO))
                .toList();
    }

    @SafeVarargs
    private static XWPFTable table(XWPFDocument document, List<String>... rows) {
        XWPFTable table = document.createTable(rows.length, rows[0].size());
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].size(); c++) {
                String[] lines = rows[r].get(c).split("<br>");
                var cell = table.getRow(r).getCell(c);
                cell.getParagraphs().get(0).createRun().setText(lines[0]);
                for (int l = 1; l < lines.length; l++) {
                    cell.addParagraph().createRun().setText(lines[l]);
                }
            }
        }
        return table;
    }

    private static void merge(XWPFTable table, int row, int column, STMerge.Enum merge) {
        var cell = table.getRow(row).getCell(column).getCTTc();
        (cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr()).addNewVMerge().setVal(merge);
    }

    private static BigInteger decimalList(XWPFDocument document) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition));
        return numbering.addNum(abstractId);
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
