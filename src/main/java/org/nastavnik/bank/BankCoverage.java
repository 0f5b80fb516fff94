package org.nastavnik.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage (охват): the share of each organization's pedagogical staff included in its banks as an
 * active mentor or mentee, rolled up to the municipality and the region within the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class BankCoverage {

    /** One unit's numbers; a person both mentor and mentee counts once in {@code included}. */
    public record Line(
            long unitId,
            String name,
            UnitLevel level,
            int depth,
            long staff,
            long mentors,
            long mentees,
            long included) {

        /** The share included, in whole percent (0 without staff). */
        public int percent() {
            return staff == 0 ? 0 : (int) Math.floor(100.0 * included / staff);
        }
    }

    private record Counts(long staff, long mentors, long mentees, long included) {

        Counts plus(Counts other) {
            return new Counts(
                    staff + other.staff, mentors + other.mentors, mentees + other.mentees, included + other.included);
        }
    }

    private static final Counts NONE = new Counts(0, 0, 0, 0);

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final StructureService structure;

    BankCoverage(JdbcClient jdbc, AccessPolicy policy, StructureService structure) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.structure = structure;
    }

    /**
     * A unit in scope followed by the units right below it (the whole region would be a page of
     * 1,500 lines): the caller's topmost units when {@code unitId} is null; 404 outside the scope.
     */
    public List<Line> lines(Long unitId) {
        List<Line> all = lines();
        int from = 0;
        while (unitId != null && from < all.size() && all.get(from).unitId() != unitId) {
            from++;
        }
        if (from == all.size()) {
            if (unitId != null) {
                throw new NotFoundException("unit", unitId);
            }
            return all;
        }
        int depth = all.get(from).depth();
        List<Line> shown = new ArrayList<>(List.of(all.get(from)));
        for (Line line : all.subList(from + 1, all.size())) {
            if (unitId != null && line.depth() <= depth) {
                break;
            }
            if (line.depth() <= depth + 1) {
                shown.add(line);
            }
        }
        return shown;
    }

    /** The units in scope as a tree (each unit followed by its children), with their coverage. */
    public List<Line> lines() {
        List<Object> params = new ArrayList<>();
        String where = policy.scope(Permission.READ).pathCondition("s.organization_path", params);
        Map<String, Counts> byPath = new HashMap<>();
        jdbc.sql("select s.organization_path, count(*) as staff, count(m.id) as mentors, count(e.id) as mentees,"
                        + " count(coalesce(m.id, e.id)) as included from pedagogical_staff s"
                        + " left join mentor_profile m on m.person_id = s.person_id"
                        + " and m.organization_id = s.organization_id and m.status = 'ACTIVE'"
                        + " left join mentee_profile e on e.person_id = s.person_id"
                        + " and e.organization_id = s.organization_id and e.status = 'ACTIVE'"
                        + " where " + where + " group by s.organization_path")
                .params(params)
                .query(rs -> {
                    Counts counts = new Counts(
                            rs.getLong("staff"), rs.getLong("mentors"), rs.getLong("mentees"), rs.getLong("included"));
                    rollUp(rs.getString("organization_path"), counts, byPath);
                });
        List<UnitView> units = structure.units(Permission.READ, null).stream()
                .filter(u -> u.level() != UnitLevel.ORGANIZATION || byPath.containsKey(u.path()))
                .toList();
        Map<Long, List<UnitView>> children = new LinkedHashMap<>();
        units.forEach(u ->
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
        Map<Long, UnitView> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        List<Line> lines = new ArrayList<>();
        units.stream()
                .filter(u -> u.parentId() == null || !byId.containsKey(u.parentId()))
                .sorted(order())
                .forEach(root -> walk(root, 0, children, byPath, lines));
        return lines;
    }

    /** Adds an organization's counts to itself and every unit above it (paths are prefixes). */
    private static void rollUp(String organizationPath, Counts counts, Map<String, Counts> byPath) {
        for (int slash = organizationPath.indexOf('/', 1);
                slash > 0;
                slash = organizationPath.indexOf('/', slash + 1)) {
            byPath.merge(organizationPath.substring(0, slash + 1), counts, Counts::plus);
        }
    }

    private static void walk(
            UnitView unit,
            int depth,
            Map<Long, List<UnitView>> children,
            Map<String, Counts> byPath,
            List<Line> lines) {
        Counts c = byPath.getOrDefault(unit.path(), NONE);
        lines.add(new Line(
                unit.id(), unit.shortName(), unit.level(), depth, c.staff(), c.mentors(), c.mentees(), c.included()));
        children.getOrDefault(unit.id(), List.of()).stream()
                .sorted(order())
                .forEach(child -> walk(child, depth + 1, children, byPath, lines));
    }

    private static Comparator<UnitView> order() {
        return Comparator.comparing(UnitView::level).thenComparing(u -> RussianText.normalize(u.shortName()));
    }
}
