package org.nastavnik.bank;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.catalog.CatalogService;
import org.springframework.stereotype.Component;

/** The deficits catalog as profiles use it: every entry by id, and what may be chosen now. */
@Component
public class CatalogDeficits {

    private final CatalogService catalog;

    CatalogDeficits(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Every deficit, archived ones too, in the catalog's order (grouped by area). */
    public Map<Long, CatalogEntryView> all() {
        Map<Long, CatalogEntryView> byId = new LinkedHashMap<>();
        catalog.entries(CatalogKind.DEFICIT).forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    /** The active deficits grouped by area, for checklists and filters. */
    public Map<String, List<CatalogEntryView>> activeByArea() {
        Map<String, List<CatalogEntryView>> byArea = new LinkedHashMap<>();
        catalog.active(CatalogKind.DEFICIT)
                .forEach(e -> byArea.computeIfAbsent(e.groupName(), a -> new java.util.ArrayList<>())
                        .add(e));
        return byArea;
    }

    /** Active deficits and those the profile already has. */
    Set<Long> allowed(Collection<Long> alreadyChosen) {
        return BankReferences.allowed(
                catalog.active(CatalogKind.DEFICIT).stream()
                        .map(CatalogEntryView::id)
                        .collect(Collectors.toSet()),
                alreadyChosen);
    }
}
