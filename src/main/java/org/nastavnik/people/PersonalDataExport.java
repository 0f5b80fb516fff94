package org.nastavnik.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the system holds about one person, section by section. */
public record PersonalDataExport(long personId, LocalDate exportedOn, List<PersonalDataSection> sections) {

    /** The export as a document: the person, the date and each section under its name. */
    public Map<String, Object> asDocument() {
        Map<String, Object> sectionsByName = new LinkedHashMap<>();
        sections.forEach(s -> sectionsByName.put(s.name(), s.rows()));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("personId", personId);
        document.put("exportedOn", exportedOn);
        document.put("sections", sectionsByName);
        return document;
    }
}
