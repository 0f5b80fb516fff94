package org.nastavnik.catalog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.nastavnik.catalog.CatalogEntryData;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.catalog.CatalogService;
import org.nastavnik.common.validation.OnUpdate;

/**
 * An entry as the form takes it; a change must send the version it read. {@code covers}: the deficit
 * areas of a competency (checkboxes), absent for other kinds.
 */
record CatalogEntryForm(
        @NotBlank @Size(max = CatalogService.NAME_MAX) String name,
        Long groupId,
        List<Long> covers,
        @NotNull(groups = OnUpdate.class) Long version) {

    static CatalogEntryForm empty() {
        return new CatalogEntryForm("", null, List.of(), null);
    }

    static CatalogEntryForm of(CatalogEntryView entry) {
        return new CatalogEntryForm(entry.name(), entry.groupId(), entry.covers(), entry.version());
    }

    CatalogEntryData data() {
        return new CatalogEntryData(name, groupId, covers);
    }
}
