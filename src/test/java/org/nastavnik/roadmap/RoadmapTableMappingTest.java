package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.nastavnik.roadmap.RoadmapTable.Column.ACTIVITY;
import static org.nastavnik.roadmap.RoadmapTable.Column.CO_EXECUTORS;
import static org.nastavnik.roadmap.RoadmapTable.Column.DEADLINE;
import static org.nastavnik.roadmap.RoadmapTable.Column.NUMBER;
import static org.nastavnik.roadmap.RoadmapTable.Column.RESPONSIBLE;
import static org.nastavnik.roadmap.RoadmapTable.Column.RESULT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.roadmap.RoadmapTable.Column;
import org.nastavnik.roadmap.RoadmapTable.Item;
import org.nastavnik.roadmap.RoadmapTable.Parsed;
import org.nastavnik.roadmap.RoadmapTable.Problem;

/** A table read with the author's mapping of its columns instead of the recognized one. */
class RoadmapTableMappingTest {

    /** «Направление» is taken for the activity by its header; the activities are in the next column. */
    private static final String DIRECTIONS = "| № | Направление | Мероприятие | Срок | Ответственные |\n"
            + "| 1 | | Подготовка | | |\n"
            + "| 1.1 | Нормативная база | Приказ о наставничестве | до 05.09 | Директор |\n"
            + "| 1.2 | Кадры | Назначение куратора | сентябрь | Директор |\n";

    /** The headers of the deadline and the activity written over each other's columns. */
    private static final String SWAPPED = "| № | Срок | Мероприятие | Ответственный | Результат |\n"
            + "| 1.1 | Совет наставников | 25.09.2024 | Куратор | Протокол |\n"
            + "| 1.2 | Отчёт | до 30.05 | Куратор | Отчёт |\n";

    private static List<Column> mapping(Column... columns) {
        return Arrays.asList(columns);
    }

    @Test
    void withoutAMappingTheRecognizedColumnsAreReadAndTheHeaderIsKeptAsWritten() {
        Parsed read = RoadmapTable.parse(DIRECTIONS);

        assertThat(read.header()).containsExactly("№", "Направление", "Мероприятие", "Срок", "Ответственные");
        assertThat(read.columns()).containsEntry(ACTIVITY, 1).containsEntry(DEADLINE, 3);
        assertThat(read.mapping()).containsExactly(NUMBER, ACTIVITY, null, DEADLINE, RESPONSIBLE);
        assertThat(read.items().get(0).activity()).isEqualTo("Нормативная база");
        assertThat(read.mappingProblems()).isEmpty();
    }

    @Test
    void aColumnMarkedNotUsedIsLeftOutAndTheMarkedOneIsTheActivity() {
        Parsed read = RoadmapTable.parse(DIRECTIONS, mapping(NUMBER, null, ACTIVITY, DEADLINE, RESPONSIBLE));

        assertThat(read.mappingProblems()).isEmpty();
        assertThat(read.mapping()).containsExactly(NUMBER, null, ACTIVITY, DEADLINE, RESPONSIBLE);
        assertThat(read.sections()).extracting(RoadmapTable.Section::title).containsExactly("Подготовка");
        assertThat(read.items())
                .extracting(Item::number, Item::activity, Item::deadline, Item::responsible)
                .containsExactly(
                        tuple("1.1", "Приказ о наставничестве", "до 05.09", "Директор"),
                        tuple("1.2", "Назначение куратора", "сентябрь", "Директор"));
        assertThat(read.items()).allSatisfy(i -> assertThat(i.activity()).doesNotContain("Кадры", "Нормативная"));
    }

    @Test
    void swappedColumnsAreReadAsTheAuthorSays() {
        Parsed recognized = RoadmapTable.parse(SWAPPED);
        assertThat(recognized.items().get(0).deadline()).isEqualTo("Совет наставников");

        Parsed read = RoadmapTable.parse(SWAPPED, mapping(NUMBER, ACTIVITY, DEADLINE, RESPONSIBLE, RESULT));

        assertThat(read.mappingProblems()).isEmpty();
        assertThat(read.columns()).isEqualTo(Map.of(NUMBER, 0, ACTIVITY, 1, DEADLINE, 2, RESPONSIBLE, 3, RESULT, 4));
        assertThat(read.items())
                .extracting(Item::activity, Item::deadline, Item::result)
                .containsExactly(
                        tuple("Совет наставников", "25.09.2024", "Протокол"), tuple("Отчёт", "до 30.05", "Отчёт"));
    }

    @Test
    void twoDeadlinesAreRefusedAndTheTableIsReadAsRecognized() {
        Parsed read = RoadmapTable.parse(SWAPPED, mapping(NUMBER, DEADLINE, DEADLINE, RESPONSIBLE, ACTIVITY));

        assertThat(read.mappingRefused()).isTrue();
        assertThat(read.mappingProblems())
                .extracting(Problem::code, Problem::number)
                .containsExactly(tuple("roadmap.mapping.repeated.deadline", "2, 3"));
        assertThat(read.columns()).isEqualTo(RoadmapTable.parse(SWAPPED).columns());
    }

    @Test
    void noActivityAndNoDeadlineAreRefusedEachWithItsCode() {
        Parsed read = RoadmapTable.parse(SWAPPED, mapping(NUMBER, null, null, RESPONSIBLE, RESULT));

        assertThat(read.mappingRefused()).isTrue();
        assertThat(read.mappingProblems())
                .extracting(Problem::code)
                .containsExactly("roadmap.mapping.noActivity", "roadmap.mapping.noDeadline");
        assertThat(read.items().get(0).deadline()).isEqualTo("Совет наставников");
    }

    @Test
    void twoActivitiesAndTwoNumbersAreRefused() {
        Parsed read = RoadmapTable.parse(DIRECTIONS, mapping(NUMBER, ACTIVITY, ACTIVITY, DEADLINE, NUMBER));

        assertThat(read.mappingProblems())
                .extracting(Problem::code, Problem::number)
                .containsExactlyInAnyOrder(
                        tuple("roadmap.mapping.repeated.activity", "2, 3"),
                        tuple("roadmap.mapping.repeated.number", "1, 5"));
        assertThat(read.mappingRefused()).isTrue();
    }

    @Test
    void aColumnTheTableDoesNotHaveIsIgnoredWithAMessageAndTheRestApplies() {
        Parsed read =
                RoadmapTable.parse(SWAPPED, mapping(NUMBER, ACTIVITY, DEADLINE, RESPONSIBLE, null, RESULT, DEADLINE));

        assertThat(read.mappingRefused()).isFalse();
        assertThat(read.mappingProblems())
                .extracting(Problem::code, Problem::number)
                .containsExactly(tuple("roadmap.mapping.outOfTable", "6"), tuple("roadmap.mapping.outOfTable", "7"));
        assertThat(read.columns()).isEqualTo(Map.of(NUMBER, 0, ACTIVITY, 1, DEADLINE, 2, RESPONSIBLE, 3));
        assertThat(read.items().get(0).result()).isEmpty();
    }

    @Test
    void aMappingWhoseOnlyDeadlineIsOutsideTheTableIsRefused() {
        Parsed read = RoadmapTable.parse(SWAPPED, mapping(NUMBER, ACTIVITY, null, null, null, DEADLINE));

        assertThat(read.mappingProblems())
                .extracting(Problem::code)
                .containsExactly("roadmap.mapping.outOfTable", "roadmap.mapping.noDeadline");
        assertThat(read.mappingRefused()).isTrue();
    }

    @Test
    void aShorterMappingLeavesTheRemainingColumnsUnused() {
        Parsed read = RoadmapTable.parse(SWAPPED, mapping(NUMBER, ACTIVITY, DEADLINE));

        assertThat(read.mappingProblems()).isEmpty();
        assertThat(read.items().get(0).responsible()).isEmpty();
        assertThat(read.items().get(0).deadline()).isEqualTo("25.09.2024");
    }

    /** Headers nobody recognizes: «Кто отвечает», «Когда», «Форма проведения». */
    private static final String UNRECOGNIZED = "№\tЧто делаем\tКогда\tКто отвечает\tФорма проведения\n"
            + "1\tПодготовка\t\t\t\n"
            + "1.1\tПриказ о наставничестве\tдо 05.09\tДиректор\tприказ\n"
            + "1.2\tСовет наставников\tоктябрь\tКуратор\tзаседание\n";

    /** A table pasted without its header row. */
    private static final String HEADERLESS = "| 1.1 | Приказ о наставничестве | до 05.09 | Директор |\n"
            + "| 1.2 | Совет наставников | октябрь | Куратор |\n";

    @Test
    void aTableWhoseHeaderNobodyRecognizesWaitsForTheMappingWithEveryColumnAndASample() {
        Parsed read = RoadmapTable.parse(UNRECOGNIZED);

        assertThat(read.recognized()).isFalse();
        assertThat(read.needsMapping()).isTrue();
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).isEmpty();
        assertThat(read.header()).containsExactly("№", "Что делаем", "Когда", "Кто отвечает", "Форма проведения");
        assertThat(read.samples()).containsExactly("1", "Подготовка", "до 05.09", "Директор", "приказ");
        assertThat(read.mapping()).containsOnlyNulls().hasSize(5);
        assertThat(read.mappingRefused()).isTrue();
        assertThat(read.mappingProblems()).extracting(Problem::code).containsExactly(RoadmapTable.MAPPING_NEEDED);
    }

    @Test
    void theAuthorsMappingReadsATableWhoseHeaderNobodyRecognizes() {
        Parsed read = RoadmapTable.parse(UNRECOGNIZED, mapping(NUMBER, ACTIVITY, DEADLINE, RESPONSIBLE, null));

        assertThat(read.mappingProblems()).isEmpty();
        assertThat(read.recognized()).isFalse();
        assertThat(read.sections()).extracting(RoadmapTable.Section::title).containsExactly("Подготовка");
        assertThat(read.items())
                .extracting(Item::number, Item::activity, Item::deadline, Item::responsible, Item::result)
                .containsExactly(
                        tuple("1.1", "Приказ о наставничестве", "до 05.09", "Директор", ""),
                        tuple("1.2", "Совет наставников", "октябрь", "Куратор", ""));
    }

    @Test
    void aTableWithoutAHeaderRowKeepsItsFirstRowAsAnActivity() {
        Parsed unmapped = RoadmapTable.parse(HEADERLESS);
        assertThat(unmapped.needsMapping()).isTrue();
        assertThat(unmapped.header()).containsExactly("", "", "", "");
        assertThat(unmapped.samples()).containsExactly("1.1", "Приказ о наставничестве", "до 05.09", "Директор");

        Parsed read = RoadmapTable.parse(HEADERLESS, mapping(NUMBER, ACTIVITY, DEADLINE, RESPONSIBLE));

        assertThat(read.items()).extracting(Item::number).containsExactly("1.1", "1.2");
    }

    @Test
    void aMappingWithoutAnActivityLeavesAnUnrecognizedTableUnreadWithTheReason() {
        Parsed read = RoadmapTable.parse(UNRECOGNIZED, mapping(NUMBER, null, DEADLINE, RESPONSIBLE, null));

        assertThat(read.rows()).isEmpty();
        assertThat(read.needsMapping()).isTrue();
        assertThat(read.mappingProblems()).extracting(Problem::code).containsExactly("roadmap.mapping.noActivity");
    }

    @Test
    void aRecognizedTablesUnknownColumnIsOfferedAndMappedAsTheResponsible() {
        String table = "| № | Мероприятие | Дата | Кто отвечает |\n| 1.1 | Совет | 25.09.2024 | Куратор |\n";
        Parsed recognized = RoadmapTable.parse(table);
        assertThat(recognized.mapping()).containsExactly(NUMBER, ACTIVITY, DEADLINE, null);
        assertThat(recognized.samples()).containsExactly("1.1", "Совет", "25.09.2024", "Куратор");

        Parsed read = RoadmapTable.parse(table, mapping(NUMBER, ACTIVITY, DEADLINE, RESPONSIBLE));

        assertThat(read.items().get(0).responsible()).isEqualTo("Куратор");
    }

    @Test
    void cellsBeyondTheHeaderAreAColumnOfTheirOwnToMap() {
        String table = "| № | Мероприятие | Срок |\n| 1.1 | Совет | 25.09.2024 | Куратор |\n";

        Parsed read = RoadmapTable.parse(table);

        assertThat(read.header()).containsExactly("№", "Мероприятие", "Срок", "");
        assertThat(RoadmapTable.parse(table, mapping(NUMBER, ACTIVITY, DEADLINE, RESPONSIBLE))
                        .items()
                        .get(0)
                        .responsible())
                .isEqualTo("Куратор");
    }

    @Test
    void aCoExecutorsColumnIsRecognizedAndReadOrMappedByHand() {
        for (String header : List.of("Соисполнители", "Соисполнитель", "Участники", "Совместно с")) {
            Parsed read = RoadmapTable.parse("| № | Мероприятие | Срок | Ответственный | " + header + " |\n"
                    + "| 1.1 | Совет | 25.09.2024 | Куратор | Педагог-психолог |\n");
            assertThat(read.columns()).as(header).containsEntry(CO_EXECUTORS, 4).containsEntry(RESPONSIBLE, 3);
            assertThat(read.items())
                    .as(header)
                    .extracting(Item::responsible, Item::coExecutors)
                    .containsExactly(tuple("Куратор", "Педагог-психолог"));
        }
        assertThat(RoadmapTable.parse("| № | Мероприятие | Срок | Исполнители и соисполнители |\n"
                                + "| 1.1 | Совет | 25.09.2024 | Куратор |\n")
                        .columns())
                .containsEntry(RESPONSIBLE, 3)
                .doesNotContainKey(CO_EXECUTORS);
        assertThat(RoadmapTable.parse("| № | Мероприятие | Срок | Ответственные и соисполнители |\n"
                                + "| 1.1 | Совет | 25.09.2024 | Куратор |\n")
                        .columns())
                .containsEntry(RESPONSIBLE, 3)
                .doesNotContainKey(CO_EXECUTORS);
        Parsed mapped = RoadmapTable.parse(UNRECOGNIZED, mapping(NUMBER, ACTIVITY, DEADLINE, null, CO_EXECUTORS));
        assertThat(mapped.items().get(0).coExecutors()).isEqualTo("приказ");
        assertThat(RoadmapTable.parse(UNRECOGNIZED, mapping(NUMBER, ACTIVITY, DEADLINE, CO_EXECUTORS, CO_EXECUTORS))
                        .mappingProblems())
                .extracting(Problem::code)
                .containsExactly("roadmap.mapping.repeated.co_executors");
    }

    @Test
    void aResponsibleCellThatMarksItsCoExecutorsIsSplitAndOneThatDoesNotIsKept() {
        Parsed read = RoadmapTable.parse("| № | Мероприятие | Срок | Ответственные | Соисполнители |\n"
                + "| 1.1 | Совет | октябрь | Иванов И.И. (отв.), Петрова А.А. | |\n"
                + "| 1.2 | Отчёт | май | Куратор; соисполнители: педагог-психолог | Сидоров С.С. |\n"
                + "| 1.3 | Анкеты | май | Иванов И.И., Петрова А.А. | |\n");

        assertThat(read.items())
                .extracting(Item::responsible, Item::coExecutors)
                .containsExactly(
                        tuple("Иванов И.И.", "Петрова А.А."),
                        tuple("Куратор", "педагог-психолог\nСидоров С.С."),
                        tuple("Иванов И.И., Петрова А.А.", ""));
    }
}
