package org.nastavnik.catalog.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nastavnik.catalog.CatalogEntryData;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.catalog.CatalogService;
import org.nastavnik.common.validation.OnUpdate;

/** An entry as the form and the API take it; a change must send the version it read. */
record CatalogEntryForm(
        @NotBlank @Size(max = CatalogService.NAME_MAX) String name,
        Long groupId,
        @NotNull(groups = OnUpdate.class) Long version) {

    static CatalogEntryForm empty() {
        return new CatalogEntryForm("", null, null);
    }

    static CatalogEntryForm of(CatalogEntryView entry) {
        return new CatalogEntryForm(entry.name(), entry.groupId(), entry.version());
    }

    CatalogEntryData data() {
        return new CatalogEntryData(name, groupId);
    }
}
