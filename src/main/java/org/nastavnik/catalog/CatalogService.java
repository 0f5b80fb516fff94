package org.nastavnik.catalog;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference lists: anyone signed in reads them, administrators add, rename, regroup, archive
 * and restore entries (every change audited). Names are unique within a list whatever the case; a
 * deficit belongs to an active area; an area with active deficits is not archived.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    public static final int NAME_MAX = 300;

    private final CatalogEntries entries;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    CatalogService(CatalogEntries entries, AccessPolicy policy, ApplicationEventPublisher events) {
        this.entries = entries;
        this.policy = policy;
        this.events = events;
    }

    /** Every entry of the list, archived ones included, in the list's order. */
    public List<CatalogEntryView> entries(CatalogKind kind) {
        requireReader();
        List<CatalogEntry> found = entries.findByKindOrderByPosition(kind);
        if (kind.group() == null) {
            return found.stream().map(e -> e.view(null)).toList();
        }
        // grouped lists in the order of their groups, then in their own order
        List<CatalogEntry> groups = entries.findByKindOrderByPosition(kind.group());
        Map<Long, Integer> order = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            order.put(groups.get(i).id(), i);
            names.put(groups.get(i).id(), groups.get(i).name());
        }
        return found.stream()
                .sorted(java.util.Comparator.comparingInt(
                        (CatalogEntry e) -> order.getOrDefault(e.groupId(), Integer.MAX_VALUE)))
                .map(e -> e.view(names.get(e.groupId())))
                .toList();
    }

    /** The entries that may be chosen now. */
    public List<CatalogEntryView> active(CatalogKind kind) {
        return entries(kind).stream().filter(e -> !e.archived()).toList();
    }

    /** How many active entries each list has. */
    public Map<CatalogKind, Long> counts() {
        requireReader();
        Map<CatalogKind, Long> counts = new EnumMap<>(CatalogKind.class);
        for (CatalogKind kind : CatalogKind.values()) {
            counts.put(kind, 0L);
        }
        for (Object[] row : entries.countActiveByKind()) {
            counts.put((CatalogKind) row[0], (Long) row[1]);
        }
        return counts;
    }

    public CatalogEntryView get(long id) {
        requireReader();
        CatalogEntry entry = entry(id);
        return entry.view(
                entry.groupId() == null ? null : entry(entry.groupId()).name());
    }

    /**
     * The deficits each competency addresses: its areas expanded to their deficits (archived ones
     * too: a mentee may still have them). Needs no rights: reference data for other modules'
     * computations, such as matching a mentor's competencies to a mentee's deficits.
     */
    public Map<Long, Set<Long>> coveredDeficits() {
        Map<Long, Set<Long>> byArea = new HashMap<>();
        for (CatalogEntry deficit : entries.findByKindOrderByPosition(CatalogKind.DEFICIT)) {
            byArea.computeIfAbsent(deficit.groupId(), k -> new LinkedHashSet<>())
                    .add(deficit.id());
        }
        Map<Long, Set<Long>> covered = new HashMap<>();
        for (CatalogEntry competency : entries.findByKindOrderByPosition(CatalogKind.COMPETENCY)) {
            Set<Long> deficits = new LinkedHashSet<>();
            competency.covers().forEach(area -> deficits.addAll(byArea.getOrDefault(area, Set.of())));
            covered.put(competency.id(), Set.copyOf(deficits));
        }
        return covered;
    }

    /**
     * Every entry's name by id (archived ones too), of the kinds asked, regardless of rights:
     * labels for what records already point at.
     */
    public Map<Long, String> names(CatalogKind... kinds) {
        Map<Long, String> names = new HashMap<>();
        for (CatalogKind kind : kinds) {
            entries.findByKindOrderByPosition(kind).forEach(e -> names.put(e.id(), e.name()));
        }
        return names;
    }

    public boolean mayEdit() {
        return policy.scope(Permission.EDIT_CATALOGS).everything();
    }

    @Transactional
    public long create(CatalogKind kind, CatalogEntryData data) {
        requireEditor();
        check(kind, data, 0);
        CatalogEntry entry = save(new CatalogEntry(kind, data, entries.lastPosition(kind) + 1));
        events.publishEvent(new ChangeRecorded("catalog", entry.id(), null, "create", Map.of(), entry.snapshot()));
        return entry.id();
    }

    @Transactional
    public void update(long id, long expectedVersion, CatalogEntryData data) {
        requireEditor();
        CatalogEntry entry = entry(id);
        if (entry.version() != expectedVersion) {
            throw new ConcurrentChangeException("catalog entry", id);
        }
        check(entry.kind(), data, id);
        Map<String, Object> before = entry.snapshot();
        entry.change(data);
        save(entry);
        events.publishEvent(new ChangeRecorded("catalog", id, null, "update", before, entry.snapshot()));
    }

    @Transactional
    public void archive(long id, boolean archived) {
        requireEditor();
        CatalogEntry entry = entry(id);
        if (entry.archived() == archived) {
            return;
        }
        if (archived && hasActiveMembers(entry)) {
            throw new FieldProblem("archived", "catalog.group.hasActive");
        }
        if (!archived && entry.groupId() != null && entry(entry.groupId()).archived()) {
            throw new FieldProblem("archived", "catalog.group.archived");
        }
        Map<String, Object> before = entry.snapshot();
        entry.archive(archived);
        save(entry);
        events.publishEvent(
                new ChangeRecorded("catalog", id, null, archived ? "archive" : "restore", before, entry.snapshot()));
    }

    private void check(CatalogKind kind, CatalogEntryData data, long exceptId) {
        if (data.name() == null || data.name().isEmpty()) {
            throw new FieldProblem("name", "NotBlank");
        }
        if (data.name().length() > NAME_MAX) {
            throw new FieldProblem("name", "Size");
        }
        if (kind.group() == null) {
            if (data.groupId() != null) {
                throw new FieldProblem("groupId", "catalog.group.none");
            }
        } else {
            if (data.groupId() == null) {
                throw new FieldProblem("groupId", "catalog.group.required");
            }
            CatalogEntry group = entries.findById(data.groupId())
                    .filter(g -> g.kind() == kind.group() && !g.archived())
                    .orElseThrow(() -> new FieldProblem("groupId", "catalog.group.required"));
        }
        if (kind != CatalogKind.COMPETENCY && !data.covers().isEmpty()) {
            throw new FieldProblem("covers", "catalog.covers.none");
        }
        if (!data.covers().isEmpty()) {
            List<Long> had = exceptId == 0
                    ? List.of()
                    : entries.findById(exceptId).map(CatalogEntry::covers).orElse(List.of());
            for (Long area : data.covers()) {
                boolean allowed = had.contains(area)
                        || entries.findById(area)
                                .filter(a -> a.kind() == CatalogKind.DEFICIT_AREA && !a.archived())
                                .isPresent();
                if (!allowed) {
                    throw new FieldProblem("covers", "catalog.covers.unknown");
                }
            }
        }
        if (entries.nameTaken(kind, data.name(), exceptId)) {
            throw new FieldProblem("name", "catalog.name.taken");
        }
    }

    /** Whether a group (a deficit area) still has active entries. */
    private boolean hasActiveMembers(CatalogEntry entry) {
        return entries.existsByGroupIdAndArchivedFalse(entry.id());
    }

    private CatalogEntry save(CatalogEntry entry) {
        try {
            return entries.saveAndFlush(entry);
        } catch (DataIntegrityViolationException sameNameMeanwhile) {
            throw new FieldProblem("name", "catalog.name.taken");
        }
    }

    private CatalogEntry entry(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("catalog entry", id));
    }

    private void requireReader() {
        if (policy.scope(Permission.READ).isEmpty()) {
            throw new ForbiddenException("read the reference lists");
        }
    }

    private void requireEditor() {
        if (!mayEdit()) {
            throw new ForbiddenException("change the reference lists");
        }
    }
}
