package org.nastavnik.people;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.RussianText;
import org.springframework.context.MessageSource;

/**
 * The words a staff list is read with: column headers, position and subject names of the reference
 * lists, and the qualification categories, all compared as {@link RussianText#normalize} does.
 * Headers and categories come from messages_ru.properties, the template's language.
 */
record StaffVocabulary(
        Map<StaffColumn, String> headers,
        Map<String, Long> positions,
        Map<String, Long> subjects,
        Map<String, Qualification> qualifications) {

    static StaffVocabulary of(MessageSource messages, List<Reference> positions, List<Reference> subjects) {
        Map<StaffColumn, String> headers = new EnumMap<>(StaffColumn.class);
        for (StaffColumn column : StaffColumn.values()) {
            headers.put(column, messages.getMessage(column.headerCode(), null, RussianText.RU));
        }
        Map<String, Qualification> qualifications = new HashMap<>();
        for (Qualification q : Qualification.values()) {
            qualifications.put(
                    RussianText.normalize(
                            messages.getMessage("people.import.qualification." + q, null, RussianText.RU)),
                    q);
            qualifications.put(
                    RussianText.normalize(messages.getMessage("qualification." + q, null, RussianText.RU)), q);
        }
        return new StaffVocabulary(headers, byName(positions), byName(subjects), qualifications);
    }

    String header(StaffColumn column) {
        return headers.get(column);
    }

    private static Map<String, Long> byName(List<Reference> references) {
        Map<String, Long> ids = new HashMap<>();
        references.forEach(r -> ids.put(RussianText.normalize(r.name()), r.id()));
        return ids;
    }
}
