package org.nastavnik.bank;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nastavnik.bank.MentorProfile.Named;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.catalog.CatalogService;
import org.nastavnik.people.ReferenceLists;
import org.springframework.stereotype.Component;

/** The reference lists profiles point at: catalog entries (archived ones too) and subjects. */
@Component
class BankReferences {

    private final CatalogService catalog;
    private final ReferenceLists lists;

    BankReferences(CatalogService catalog, ReferenceLists lists) {
        this.catalog = catalog;
        this.lists = lists;
    }

    /** Every entry of the list by id, in the list's order. */
    Map<Long, Named> catalog(CatalogKind kind) {
        Map<Long, Named> byId = new LinkedHashMap<>();
        for (CatalogEntryView e : catalog.entries(kind)) {
            byId.put(e.id(), new Named(e.id(), e.name(), e.archived()));
        }
        return byId;
    }

    List<CatalogEntryView> active(CatalogKind kind) {
        return catalog.active(kind);
    }

    Map<Long, Named> subjects() {
        Map<Long, Named> byId = new LinkedHashMap<>();
        lists.names(ReferenceLists.Kind.SUBJECTS)
                .forEach(s -> byId.put(s.id(), new Named(s.id(), s.name(), s.archived())));
        return byId;
    }

    /** The ids that may be chosen: active entries and those the profile already has. */
    static Set<Long> allowed(Map<Long, Named> entries, Collection<Long> alreadyChosen) {
        return allowed(
                entries.values().stream()
                        .filter(n -> !n.archived())
                        .map(Named::id)
                        .collect(Collectors.toSet()),
                alreadyChosen);
    }

    /** The active ids and those the profile already has (archived ones stay allowed there). */
    static Set<Long> allowed(Set<Long> active, Collection<Long> alreadyChosen) {
        if (active.containsAll(alreadyChosen)) {
            return active;
        }
        Set<Long> allowed = new java.util.HashSet<>(active);
        allowed.addAll(alreadyChosen);
        return allowed;
    }

    static List<Named> names(Map<Long, Named> entries, Collection<Long> ids) {
        return ids.stream()
                .map(id -> entries.getOrDefault(id, new Named(id, "#" + id, true)))
                .toList();
    }
}
