package org.nastavnik.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The hierarchy of units, read and changed within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class StructureService {

    private static final Comparator<UnitView> BY_LEVEL_AND_NAME = Comparator.comparing(UnitView::level)
            .thenComparing(u -> u.type() == UnitType.EDUCATION_AUTHORITY || u.type() == UnitType.COORDINATOR ? 0 : 1)
            .thenComparing(u -> RussianText.normalize(u.shortName()));

    private final Units units;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<StaffCounts> staffCounts;

    StructureService(
            Units units,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            ObjectProvider<StaffCounts> staffCounts) {
        this.units = units;
        this.policy = policy;
        this.events = events;
        this.staffCounts = staffCounts;
    }

    /** The visible part of the hierarchy: one root per subtree the caller may read. */
    public List<TreeNode> tree(boolean withArchived) {
        StaffCounts counts = staffCounts.getIfAvailable();
        return tree(withArchived, counts == null ? Map.of() : counts.byOrganization());
    }

    private List<TreeNode> tree(boolean withArchived, Map<Long, Long> staff) {
        Scope scope = requireScope(Permission.READ);
        List<UnitView> visible = visibleUnits(scope).stream()
                .filter(u -> withArchived || !u.archived())
                .sorted(BY_LEVEL_AND_NAME)
                .toList();
        Map<Long, List<UnitView>> byParent = new HashMap<>();
        Map<Long, UnitView> byId = new HashMap<>();
        for (UnitView unit : visible) {
            byId.put(unit.id(), unit);
        }
        List<UnitView> roots = new ArrayList<>();
        for (UnitView unit : visible) {
            if (unit.parentId() != null && byId.containsKey(unit.parentId())) {
                byParent.computeIfAbsent(unit.parentId(), k -> new ArrayList<>())
                        .add(unit);
            } else {
                roots.add(unit);
            }
        }
        return roots.stream().map(r -> node(r, byParent, staff)).toList();
    }

    private TreeNode node(UnitView unit, Map<Long, List<UnitView>> byParent, Map<Long, Long> staff) {
        List<TreeNode> children = byParent.getOrDefault(unit.id(), List.of()).stream()
                .map(c -> node(c, byParent, staff))
                .toList();
        long total = staff.getOrDefault(unit.id(), 0L)
                + children.stream().mapToLong(TreeNode::staff).sum();
        return new TreeNode(unit, total, children);
    }

    /** The visible units as one flat list in the order of the hierarchy page. */
    public List<UnitView> list(boolean withArchived) {
        List<UnitView> flat = new ArrayList<>();
        tree(withArchived, Map.of()).forEach(root -> flatten(root, flat));
        return flat;
    }

    private static void flatten(TreeNode node, List<UnitView> into) {
        into.add(node.unit());
        node.children().forEach(child -> flatten(child, into));
    }

    /** A unit the caller may read, or 404. */
    public UnitView get(long id) {
        return visible(id, Permission.READ).view();
    }

    /** A unit the caller may change: 404 outside the scope, 403 when no role of theirs edits units. */
    public UnitView editable(long id) {
        return visible(id, Permission.EDIT_UNITS).view();
    }

    /** Whether the caller may change this unit (for showing the edit buttons). */
    public boolean mayEdit(UnitView unit) {
        return policy.scope(Permission.EDIT_UNITS).covers(unit.path());
    }

    /** The direct children of a visible unit. */
    public List<UnitView> children(long id) {
        Unit parent = visible(id, Permission.READ);
        return units.findSubtree(parent.path()).stream()
                .map(Unit::view)
                .filter(u -> Objects.equals(u.parentId(), parent.id()))
                .sorted(BY_LEVEL_AND_NAME)
                .toList();
    }

    /** The ancestors of a unit from the region down, for breadcrumbs (only the visible ones). */
    public List<UnitView> ancestors(UnitView unit) {
        Scope scope = policy.scope(Permission.READ);
        List<Long> ids = new ArrayList<>();
        for (String part : unit.path().split("/")) {
            if (!part.isEmpty() && Long.parseLong(part) != unit.id()) {
                ids.add(Long.parseLong(part));
            }
        }
        Map<Long, UnitView> found = byIds(ids);
        return ids.stream()
                .map(found::get)
                .filter(Objects::nonNull)
                .filter(u -> scope.covers(u.path()))
                .toList();
    }

    /** Organizations the caller may act on with the permission, for choosers and filters. */
    public List<UnitView> organizations(Permission permission) {
        return units(permission, UnitLevel.ORGANIZATION);
    }

    /** Units of one level (all levels when null) the caller may act on with the permission. */
    public List<UnitView> units(Permission permission, UnitLevel level) {
        Scope scope = policy.scope(permission);
        if (scope.isEmpty()) {
            return List.of();
        }
        return visibleUnits(scope).stream()
                .filter(u -> (level == null || u.level() == level) && !u.archived())
                .sorted(Comparator.comparing(UnitView::level).thenComparing(u -> RussianText.normalize(u.shortName())))
                .toList();
    }

    /** Units by id regardless of scope: for labels of records the caller already may see. */
    public Map<Long, UnitView> byIds(Collection<Long> ids) {
        Map<Long, UnitView> result = new LinkedHashMap<>();
        units.findAllById(ids).forEach(u -> result.put(u.id(), u.view()));
        return result;
    }

    /** Whether the hierarchy has any unit at all (an empty database). */
    public boolean anyUnitExists() {
        return units.count() > 0;
    }

    /** The unit by id regardless of scope, for other modules' own checks. */
    public Optional<UnitView> find(long id) {
        return units.findById(id).map(Unit::view);
    }

    @Transactional
    public UnitView create(long parentId, UnitType type, UnitDetails details) {
        Unit parent = visible(parentId, Permission.EDIT_UNITS);
        if (!parent.mayContain(type)) {
            throw new FieldProblem("type", "unit.type.notAllowedHere");
        }
        Unit unit = units.saveAndFlush(new Unit(units.nextId(), parent, type, details));
        events.publishEvent(new ChangeRecorded("unit", unit.id(), unit.path(), "create", Map.of(), unit.snapshot()));
        return unit.view();
    }

    /** Creates the region itself; only an administrator may, and only once. */
    @Transactional
    public UnitView createRegion(UnitDetails details) {
        if (!policy.scope(Permission.EDIT_UNITS).everything()) {
            throw new ForbiddenException("create region");
        }
        Unit region = units.saveAndFlush(new Unit(units.nextId(), null, UnitType.REGION, details));
        events.publishEvent(
                new ChangeRecorded("unit", region.id(), region.path(), "create", Map.of(), region.snapshot()));
        return region.view();
    }

    @Transactional
    public UnitView update(long id, long expectedVersion, UnitType type, UnitDetails details) {
        Unit unit = visible(id, Permission.EDIT_UNITS);
        if (unit.version() != expectedVersion) {
            throw new ConcurrentChangeException("unit", id);
        }
        Map<String, Object> before = unit.snapshot();
        if (type.level() != unit.view().level()) {
            throw new FieldProblem("type", "unit.type.levelFixed");
        }
        unit.changeType(type);
        unit.apply(details);
        units.flush();
        events.publishEvent(new ChangeRecorded("unit", id, unit.path(), "update", before, unit.snapshot()));
        return unit.view();
    }

    @Transactional
    public void archive(long id, boolean archived) {
        Unit unit = visible(id, Permission.EDIT_UNITS);
        if (unit.view().level() == UnitLevel.REGION) {
            throw new FieldProblem("archived", "unit.region.notArchivable");
        }
        Map<String, Object> before = unit.snapshot();
        if (archived) {
            unit.archive();
        } else {
            unit.restore();
        }
        events.publishEvent(
                new ChangeRecorded("unit", id, unit.path(), archived ? "archive" : "restore", before, unit.snapshot()));
    }

    private Unit visible(long id, Permission permission) {
        Scope scope = requireScope(permission);
        return units.findById(id)
                .filter(u -> scope.covers(u.path()))
                .orElseThrow(() -> new NotFoundException("unit", id));
    }

    private Scope requireScope(Permission permission) {
        Scope scope = policy.scope(permission);
        if (scope.isEmpty() || (scope.paths().isEmpty() && !scope.everything())) {
            throw new ForbiddenException(permission.name());
        }
        return scope;
    }

    private List<UnitView> visibleUnits(Scope scope) {
        if (scope.everything()) {
            return units.findAll().stream().map(Unit::view).toList();
        }
        return scope.paths().stream()
                .flatMap(p -> units.findSubtree(p).stream())
                .map(Unit::view)
                .distinct()
                .toList();
    }
}
