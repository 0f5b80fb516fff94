package org.nastavnik.catalog;

/** An entry as pages and the API show it; {@code groupName} is its group's name or null. */
public record CatalogEntryView(
        long id, CatalogKind kind, Long groupId, String groupName, String name, boolean archived, long version) {}
