package org.nastavnik.catalog.web;

import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.common.NotFoundException;

/** The list named in an address ({@code deficit}, {@code award-type}), or 404. */
final class CatalogKinds {

    private CatalogKinds() {}

    static CatalogKind of(String slug) {
        CatalogKind kind = CatalogKind.ofSlug(slug);
        if (kind == null) {
            throw new NotFoundException("catalog", slug);
        }
        return kind;
    }
}
