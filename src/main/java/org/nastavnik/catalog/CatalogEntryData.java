package org.nastavnik.catalog;

/**
 * What a user enters for an entry.
 *
 * @param name the entry's text, trimmed, with inner spaces collapsed
 * @param groupId the entry's group (a deficit's area); null for kinds without groups
 */
public record CatalogEntryData(String name, Long groupId) {

    public CatalogEntryData {
        name = name == null ? null : name.strip().replaceAll("\\s+", " ");
    }
}
