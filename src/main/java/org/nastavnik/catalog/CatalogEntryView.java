package org.nastavnik.catalog;

import java.util.List;

/**
 * An entry as pages and the API show it; {@code groupName} is its group's name or null; {@code
 * covers} the deficit areas a competency addresses (empty for other kinds).
 */
public record CatalogEntryView(
        long id,
        CatalogKind kind,
        Long groupId,
        String groupName,
        String name,
        boolean archived,
        long version,
        List<Long> covers) {}
