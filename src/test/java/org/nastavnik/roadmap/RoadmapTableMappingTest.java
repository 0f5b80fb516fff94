package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.nastavnik.roadmap.RoadmapTable.Column.ACTIVITY;
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
}
