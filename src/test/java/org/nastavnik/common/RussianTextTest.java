package org.nastavnik.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RussianTextTest {

    @Test
    void foldsCaseAndYoToYe() {
        assertThat(RussianText.normalize("  \u0424\u0401\u0414\u041e\u0420\u041e\u0412   \u041f\u0451\u0442\u0440 "))
                .isEqualTo("\u0444\u0435\u0434\u043e\u0440\u043e\u0432 \u043f\u0435\u0442\u0440");
    }

    @Test
    void collapsesEveryRunOfWhiteSpaceAsTheRegularExpressionWould() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        for (String text : List.of(
                "a b c",
                "a  b",
                "a\tb",
                "a \t\n b",
                "a\r\nb\u000Bc\fd",
                " a\n",
                "a\u00A0b",
                "\u0401\u0436  \u0418\u043a",
                "",
                "ab")) {
            String expected = spaces.matcher(
                            text.strip().toLowerCase(RussianText.RU).replace('\u0451', '\u0435'))
                    .replaceAll(" ");
            assertThat(RussianText.normalize(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void normalizedKeysSortInRussianAlphabeticalOrder() {
        // Ёлкина sorts with Е (between Дмитриева and Жукова), Яковлев last, case ignored.
        List<String> names = List.of(
                "\u042f\u043a\u043e\u0432\u043b\u0435\u0432",
                "\u0436\u0443\u043a\u043e\u0432\u0430",
                "\u0401\u043b\u043a\u0438\u043d\u0430",
                "\u0414\u043c\u0438\u0442\u0440\u0438\u0435\u0432\u0430",
                "\u0410\u043d\u0434\u0440\u0435\u0435\u0432");
        List<String> sorted = names.stream()
                .sorted(Comparator.comparing(RussianText::normalize))
                .toList();
        assertThat(sorted)
                .containsExactly(
                        "\u0410\u043d\u0434\u0440\u0435\u0435\u0432",
                        "\u0414\u043c\u0438\u0442\u0440\u0438\u0435\u0432\u0430",
                        "\u0401\u043b\u043a\u0438\u043d\u0430",
                        "\u0436\u0443\u043a\u043e\u0432\u0430",
                        "\u042f\u043a\u043e\u0432\u043b\u0435\u0432");
    }

    @Test
    void searchWordsAreNormalizedDistinctAndFreeOfLikeWildcards() {
        assertThat(RussianText.words(" \u041f\u0451\u0442 %_ \u0438\u0432\u0430\u043d \u043f\u0435\u0442 "))
                .containsExactly("\u0438\u0432\u0430\u043d", "\u043f\u0435\u0442");
        assertThat(RussianText.words("   ")).isEmpty();
    }

    @Test
    void pluralFormsFollowRussianRules() {
        assertThat(RussianText.pluralForm(1)).isEqualTo("one");
        assertThat(RussianText.pluralForm(21)).isEqualTo("one");
        assertThat(RussianText.pluralForm(3)).isEqualTo("few");
        assertThat(RussianText.pluralForm(11)).isEqualTo("many");
        assertThat(RussianText.pluralForm(112)).isEqualTo("many");
        assertThat(RussianText.pluralForm(0)).isEqualTo("many");
    }

    @Test
    void formulaLikeSpreadsheetTextIsNeutralized() {
        assertThat(SpreadsheetText.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetText.safe("+7 900")).isEqualTo("'+7 900");
        assertThat(SpreadsheetText.safe("@SUM(1)")).startsWith("'");
        assertThat(SpreadsheetText.safe("plain")).isEqualTo("plain");
    }

    @Test
    void academicYearRunsFromSeptemberToAugust() {
        assertThat(AcademicYear.of(java.time.LocalDate.of(2026, 11, 23)).toString())
                .isEqualTo("2026/2027");
        assertThat(AcademicYear.of(java.time.LocalDate.of(2027, 8, 31)).startYear())
                .isEqualTo(2026);
        assertThat(AcademicYear.of(java.time.LocalDate.of(2027, 9, 1)).startYear())
                .isEqualTo(2027);
    }
}
