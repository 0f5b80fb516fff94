package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.roadmap.RoadmapTable.Item;
import org.nastavnik.roadmap.RoadmapTable.Parsed;
import org.nastavnik.roadmap.RoadmapTable.Section;

/** The roadmaps of the seeds (copied to test resources) read from their text. */
class RoadmapTableTest {

    @Test
    void readsTheCollegeRoadmapAcrossAPageBreakAndFlagsTheMissingNumber() throws IOException {
        Parsed college = RoadmapTable.parse(seed("college"));

        assertThat(college.sections()).extracting(Section::number).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(college.sections().get(1).title()).isEqualTo("Формирование Банка наставляемых");
        assertThat(college.items()).hasSize(17);
        Item training = item(college, "11");
        assertThat(training.section()).isEqualTo("4");
        assertThat(training.activity())
                .startsWith("Обучение наставников")
                .contains("- проведение консультаций, организация обмена опытом");
        assertThat(training.deadline()).isEqualTo("В течение срока реализации проекта");
        assertThat(item(college, "15").deadline()).isEqualTo("Ежемесячно до 25 числа");
        assertThat(college.problems())
                .extracting(RoadmapTable.Problem::code, RoadmapTable.Problem::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("roadmap.import.numberOutOfOrder", "18"));
    }

    @Test
    void readsTheDistrictRoadmapWithItsNumberingRowAndLineBreaksInCells() throws IOException {
        Parsed district = RoadmapTable.parse(seed("district"));

        assertThat(district.sections())
                .extracting(Section::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "7.1");
        assertThat(district.items()).extracting(Item::number).contains("1.1", "2.7", "5.3", "6.3", "7.1.1");
        assertThat(item(district, "6.3").deadline()).isEqualTo("25.03.2021\n25.06.2021\n25.09.2021\n25.12.2021");
        assertThat(item(district, "1.1").responsible()).isEqualTo("Руководители ОУО,\nКураторы внедрения ЦМН в ОО");
        assertThat(item(district, "1.1").result()).isEqualTo("Дорожные карты");
        assertThat(item(district, "7.1.1").section()).isEqualTo("7.1");
        assertThat(district.problems()).isEmpty();
    }

    @Test
    void readsTheMunicipalRoadmapPastedFromWordJoiningCellsSplitAcrossPages() throws IOException {
        Parsed municipal = RoadmapTable.parse(seed("municipal"));

        assertThat(municipal.sections())
                .extracting(Section::number, Section::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "Подготовительный этап"),
                        org.assertj.core.groups.Tuple.tuple("2", "Основной этап"),
                        org.assertj.core.groups.Tuple.tuple("2.1", "Аналитико-диагностическая деятельность"),
                        org.assertj.core.groups.Tuple.tuple("2.2", "Организационно-методическая деятельность"),
                        org.assertj.core.groups.Tuple.tuple("3", "Заключительный этап"));
        assertThat(item(municipal, "2.2.1").activity())
                .isEqualTo("Инструктивно-методическое совещание «Целевая модель наставничества: опыт, проблемы и пути"
                        + " решения»");
        assertThat(item(municipal, "2.2.1").deadline()).isEqualTo("Апрель, 2022");
        assertThat(item(municipal, "3.2").deadline()).isEqualTo("Май 2023, 2024 гг.");
        assertThat(municipal.columns()).containsEntry(RoadmapTable.Column.RESULT, 4);
    }

    @Test
    void everyDeadlineOfTheSeedsIsUnderstood() throws IOException {
        for (String name : List.of("college", "district", "municipal")) {
            for (Item item : RoadmapTable.parse(seed(name)).items()) {
                assertThat(DeadlineInterpreter.standard()
                                .interpret(item.deadline())
                                .understood())
                        .as(name + " " + item.number() + ": " + item.deadline())
                        .isTrue();
            }
        }
    }

    @Test
    void findsColumnsInAnyOrderInATableCopiedFromExcel() {
        String pasted = "Сроки\tОтветственные\tМероприятие\t№\n"
                + "до 01.09.2023\tЗаместитель директора\tИздать приказ\t1\n"
                + "ежегодно, сентябрь\tКуратор\tСформировать базу наставников\t2\n";

        Parsed parsed = RoadmapTable.parse(pasted);

        assertThat(parsed.items())
                .extracting(Item::number, Item::activity, Item::deadline, Item::responsible)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "1", "Издать приказ", "до 01.09.2023", "Заместитель директора"),
                        org.assertj.core.groups.Tuple.tuple(
                                "2", "Сформировать базу наставников", "ежегодно, сентябрь", "Куратор"));
    }

    @Test
    void saysSoWhenTheTextHasNoTableAndFlagsRepeatedNumbers() {
        assertThat(RoadmapTable.parse("Просто текст без таблицы").problems())
                .extracting(RoadmapTable.Problem::code)
                .containsExactly("roadmap.import.noTable");
        assertThat(RoadmapTable.parse(null).items()).isEmpty();
        String repeated = "| № | Мероприятие | Срок | Ответственный |\n| 1 | А | май | Я |\n| 1 | Б | июнь | Я |\n";
        assertThat(RoadmapTable.parse(repeated).problems())
                .extracting(RoadmapTable.Problem::code)
                .containsExactly("roadmap.import.repeatedNumber");
    }

    private static Item item(Parsed parsed, String number) {
        return parsed.items().stream()
                .filter(i -> i.number().equals(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + number));
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = RoadmapTableTest.class.getResourceAsStream("/roadmap/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
