package org.nastavnik.catalog;

import java.util.List;

/**
 * What a user enters for an entry.
 *
 * @param name the entry's text, trimmed, with inner spaces collapsed
 * @param groupId the entry's group (a deficit's area); null for kinds without groups
 * @param covers for a competency, the deficit areas it addresses (empty for other kinds)
 */
public record CatalogEntryData(String name, Long groupId, List<Long> covers) {

    public CatalogEntryData {
        name = name == null ? null : name.strip().replaceAll("\\s+", " ");
        covers =
                covers == null ? List.of() : covers.stream().distinct().sorted().toList();
    }

    public CatalogEntryData(String name, Long groupId) {
        this(name, groupId, List.of());
    }
}
