package org.nastavnik.bank;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.bank.MentorProfile.Named;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.common.RussianText;
import org.springframework.context.MessageSource;

/**
 * The words a bank import is read with: column headers, the names of subjects, competencies and
 * deficits (archived ones too, so that the rules can say an entry is archived rather than unknown),
 * and the labels of formats, statuses, categories and sources with a few common variants — all
 * compared as {@link RussianText#normalize} does. Headers and labels come from
 * messages_ru.properties, the template's language.
 */
final class BankVocabulary {

    private final MessageSource messages;
    private final Map<BankColumn, String> headers = new EnumMap<>(BankColumn.class);
    private final Map<String, Long> subjects;
    private final Map<String, Long> competencies;
    private final Map<String, Long> deficits = new HashMap<>();
    private final Map<String, Boolean> answers = new HashMap<>();
    private final Map<String, Map<String, Enum<?>>> values = new HashMap<>();

    BankVocabulary(
            MessageSource messages,
            Map<Long, Named> subjects,
            Map<Long, Named> competencies,
            Map<Long, CatalogEntryView> deficits) {
        this.messages = messages;
        for (BankColumn column : BankColumn.values()) {
            headers.put(column, text(column.headerCode()));
        }
        this.subjects = byName(subjects);
        this.competencies = byName(competencies);
        deficits.values().forEach(d -> this.deficits.put(RussianText.normalize(d.name()), d.id()));
        words("bank.import.words.yes").forEach(w -> answers.put(w, true));
        words("bank.import.words.no").forEach(w -> answers.put(w, false));
    }

    String header(BankColumn column) {
        return headers.get(column);
    }

    Map<BankColumn, String> headers() {
        return headers;
    }

    Long subject(String name) {
        return subjects.get(RussianText.normalize(name));
    }

    Long competency(String name) {
        return competencies.get(RussianText.normalize(name));
    }

    Long deficit(String name) {
        return deficits.get(RussianText.normalize(name));
    }

    /** Yes or no as written («да», «нет», «+», «1»…); null when neither. */
    Boolean answer(String text) {
        return answers.get(RussianText.normalize(text));
    }

    /**
     * The value whose label ({@code <prefix>.<VALUE>}) or one of its variants ({@code
     * bank.import.words.<prefix>.<VALUE>}, separated by «;») the text is; null when none.
     */
    <E extends Enum<E>> E value(Class<E> type, String prefix, String text) {
        Map<String, Enum<?>> words = values.computeIfAbsent(prefix, p -> {
            Map<String, Enum<?>> byWord = new HashMap<>();
            for (E value : type.getEnumConstants()) {
                byWord.put(RussianText.normalize(label(p, value)), value);
                words("bank.import.words." + p + "." + value.name()).forEach(w -> byWord.putIfAbsent(w, value));
            }
            return byWord;
        });
        return type.cast(words.get(RussianText.normalize(text)));
    }

    <E extends Enum<E>> String label(String prefix, E value) {
        return text(prefix + "." + value.name());
    }

    private List<String> words(String code) {
        String words = messages.getMessage(code, null, "", RussianText.RU);
        return Arrays.stream(words.split(";"))
                .map(RussianText::normalize)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }

    private static Map<String, Long> byName(Map<Long, Named> entries) {
        Map<String, Long> ids = new HashMap<>();
        entries.values().forEach(e -> ids.put(RussianText.normalize(e.name()), e.id()));
        return ids;
    }
}
