package org.nastavnik.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Violation;

/** Which placeholders a template may name. */
class OrderTemplateRulesTest {

    @Test
    void theTypesOwnAndTheCommonPlaceholdersPass() {
        assertThat(problems(OrderType.PAIRS_FIXING, "до {programsDue}, {curator}, {organization}, {year}"))
                .isEmpty();
    }

    @Test
    void aPlaceholderOfAnotherTypeOrAMisspelledOneIsRefusedNamingItAndTheAllowedOnes() {
        List<Violation> other = problems(OrderType.PAIRS_FIXING, "наставник {newMentor}");
        List<Violation> misspelled = problems(OrderType.PAIRS_FIXING, "куратор {Curator}");

        assertThat(other).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("clauses");
            assertThat(v.code()).isEqualTo("document.template.placeholder.unknown");
            assertThat(v.arguments()[0]).isEqualTo("newMentor");
            assertThat((String) v.arguments()[1]).contains("{programsDue}", "{curator}");
        });
        assertThat(misspelled).extracting(Violation::code).containsExactly("document.template.placeholder.unknown");
    }

    @Test
    void aLoneBraceIsRefused() {
        assertThat(problems(OrderType.OTHER, "до {date"))
                .extracting(Violation::code)
                .containsExactly("document.template.placeholder.brace");
        assertThat(problems(OrderType.OTHER, "до date}"))
                .extracting(Violation::code)
                .containsExactly("document.template.placeholder.brace");
        assertThat(problems(OrderType.OTHER, "{}"))
                .extracting(Violation::code)
                .containsExactly("document.template.placeholder.unknown");
    }

    private static List<Violation> problems(OrderType type, String text) {
        List<Violation> problems = new ArrayList<>();
        OrderTemplates.placeholderProblems(type, "clauses", text, problems);
        return problems;
    }
}
