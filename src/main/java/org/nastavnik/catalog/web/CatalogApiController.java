package org.nastavnik.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.catalog.CatalogService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference lists in the JSON API, for reading: administrators, who alone change them, sign
 * in with a second factor, which HTTP Basic cannot carry, so changes go through the pages.
 */
@RestController
@Tag(name = "catalogs", description = "Reference lists: deficits by area, competencies, achievement levels, awards")
class CatalogApiController {

    private final CatalogService catalog;

    CatalogApiController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/catalogs/{kind}")
    @Operation(summary = "Every entry of a list (deficit-area, deficit, competency, achievement-level, award-type)")
    List<CatalogEntryView> list(@PathVariable String kind) {
        return catalog.entries(CatalogKinds.of(kind));
    }

    @GetMapping("/api/v1/catalog-entries/{id}")
    @Operation(summary = "One entry")
    CatalogEntryView get(@PathVariable long id) {
        return catalog.get(id);
    }
}
