package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitType;
import org.nastavnik.structure.UnitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cascade's matrix: the organizations of the caller's scope × the requirements that apply to
 * them, with what each recorded, for the coordinator's page, its export and the API. The requirements
 * themselves and the organizations' fulfilment are {@link CascadeService}'s.
 */
@Service
@Transactional(readOnly = true)
public class CascadeMatrices {

    private final JdbcClient jdbc;
    private final RoadmapAccess access;
    private final StructureService structure;

    CascadeMatrices(JdbcClient jdbc, RoadmapAccess access, StructureService structure) {
        this.jdbc = jdbc;
        this.access = access;
        this.structure = structure;
    }

    /**
     * How many cells of the whole matrix of the caller's scope are overdue — requirements an
     * organization has not marked nor met by an approved roadmap by their date — counted in the
     * database, for the home page.
     */
    public long lateCells() {
        Scope scope = access.readScope();
        List<CascadeService.Placed> columns = columns(CascadeFilter.ALL, scope);
        if (columns.isEmpty()) {
            return 0;
        }
        Cells source = cells(CascadeFilter.ALL, scope, columns);
        List<Object> params = new ArrayList<>(source.params());
        params.add(access.today());
        return jdbc.sql(source.with() + " select count(*) from o join q on " + CascadeService.APPLIES
                        + " left join roadmap_fulfilment f on f.requirement_id = q.id and f.organization_id = o.id"
                        + " where coalesce(f.status, 'PLANNED') = 'PLANNED' and q.due_on < ?"
                        + " and " + CascadeService.APPROVED_ROADMAP + " is null")
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * The requirements in the caller's scope the filter passes: of the roadmaps they read, and those
     * addressed to an organization they read; by due date.
     */
    private List<CascadeService.Placed> columns(CascadeFilter by, Scope scope) {
        List<Object> columnParams = new ArrayList<>();
        StringBuilder columnWhere = new StringBuilder("r.status <> 'ARCHIVED' and q.withdrawn_at is ")
                .append(by.withdrawn() ? "not null" : "null")
                .append(" and (")
                .append(scope.pathCondition("q.owner_path", columnParams));
        if (!scope.everything()) {
            for (String path : scope.paths()) {
                columnWhere.append(" or ? like q.owner_path || '%'");
                columnParams.add(path);
            }
        }
        columnWhere.append(')');
        if (by.roadmapId() != null) {
            columnWhere.append(" and q.roadmap_id = ?");
            columnParams.add(by.roadmapId());
        }
        return jdbc.sql("select " + CascadeService.REQUIREMENT_COLUMNS + CascadeService.REQUIREMENT_FROM + " where "
                        + columnWhere + " order by q.due_on, r.id, q.position")
                .params(columnParams)
                .query((rs, n) -> CascadeService.placed(rs))
                .list();
    }

    /**
     * The requirements {@code q} and the organizations {@code o} of the caller's scope the filter
     * passes, as the {@code with} clause of the queries of cells, and its parameters.
     */
    private record Cells(String with, List<Object> params) {}

    private Cells cells(CascadeFilter by, Scope scope, List<CascadeService.Placed> columns) {
        List<Object> params = new ArrayList<>();
        params.add(columns.stream().map(p -> p.requirement().id()).toArray(Long[]::new));
        StringBuilder orgWhere = new StringBuilder("o.level = 'ORGANIZATION' and not o.archived and o.type in ")
                .append(CascadeService.EDUCATIONAL)
                .append(" and ")
                .append(scope.pathCondition("o.path", params));
        if (by.municipalityId() != null) {
            UnitView unit = structure.get(by.municipalityId());
            orgWhere.append(" and o.path like ?");
            params.add(unit.path() + "%");
        }
        if (by.type() != null) {
            orgWhere.append(" and o.type = ?");
            params.add(by.type().name());
        }
        return new Cells(
                "with q as (select id, owner_path, org_types, due_on, kind from roadmap_requirement"
                        + " where id = any(?)),"
                        + " o as (select o.id, o.path, o.type, o.short_name, o.sort_key, o.parent_id from unit o"
                        + " where " + orgWhere + ")",
                params);
    }

    /** The municipalities (and the region) the caller reads, for the matrix's filter. */
    public List<UnitView> municipalities() {
        return structure.units(Permission.READ, null).stream()
                .filter(u -> u.level() != UnitLevel.ORGANIZATION)
                .toList();
    }

    /**
     * The matrix of the caller's scope: the requirements of the roadmaps they read, and those
     * addressed to an organization they read (columns, by due date), and the organizations they read
     * that at least one of them applies to (rows, by municipality and name). Three queries whatever
     * the size: the columns, the rows, and every cell at once.
     */
    public CascadeMatrix matrix(CascadeFilter filter) {
        CascadeFilter by = filter == null ? CascadeFilter.ALL : filter;
        Scope scope = access.readScope();
        LocalDate today = access.today();
        List<CascadeService.Placed> columns = columns(by, scope);
        if (columns.isEmpty()) {
            return new CascadeMatrix(today, List.of(), List.of(), 0, 0, 0);
        }
        Cells source = cells(by, scope, columns);
        String orgs = source.with();
        List<Object> params = source.params();

        // every cell at once: the organizations × the requirements that apply to them
        Map<Long, Map<Long, CascadeMatrix.Cell>> cells = new HashMap<>();
        jdbc.sql(orgs + " select o.id as org_id, q.id as req_id, q.due_on, f.status, f.changed_by, f.changed_at,"
                        + " case when f.id is null then 0 else"
                        + " (select count(*) from roadmap_evidence e where e.fulfilment_id = f.id) end as evidence,"
                        + " " + CascadeService.APPROVED_ROADMAP + " as approved"
                        + " from o join q on " + CascadeService.APPLIES
                        + " left join roadmap_fulfilment f on f.requirement_id = q.id and f.organization_id = o.id")
                .params(params)
                .query((rs, n) -> {
                    DueStatus recorded = rs.getString("status") == null
                            ? DueStatus.PLANNED
                            : DueStatus.valueOf(rs.getString("status"));
                    Long approved = rs.getObject("approved", Long.class);
                    boolean automatic = recorded == DueStatus.PLANNED && approved != null;
                    DueStatus shown = automatic
                            ? DueStatus.DONE
                            : DueStatus.shown(recorded, rs.getObject("due_on", LocalDate.class), today);
                    long org = rs.getLong("org_id");
                    CascadeMatrix.Cell cell = new CascadeMatrix.Cell(
                            rs.getLong("req_id"),
                            shown,
                            automatic,
                            rs.getInt("evidence"),
                            approved,
                            rs.getString("changed_by"),
                            CascadeService.instant(rs.getTimestamp("changed_at")));
                    cells.computeIfAbsent(org, k -> new HashMap<>()).put(cell.requirementId(), cell);
                    return null;
                })
                .list();

        // the rows: organizations with at least one cell, by municipality and name
        List<CascadeMatrix.Row> rows = new ArrayList<>();
        jdbc.sql(orgs + " select o.id, o.short_name, o.type, p.short_name as municipality from o"
                        + " left join unit p on p.id = o.parent_id and p.level = 'MUNICIPALITY'"
                        + " where exists (select 1 from q where " + CascadeService.APPLIES + ")"
                        + " order by p.sort_key nulls first, o.sort_key, o.id")
                .params(params)
                .query((rs, n) -> {
                    Map<Long, CascadeMatrix.Cell> ofOrg = cells.getOrDefault(rs.getLong("id"), Map.of());
                    List<CascadeMatrix.Cell> row = new ArrayList<>();
                    for (CascadeService.Placed column : columns) {
                        row.add(ofOrg.get(column.requirement().id()));
                    }
                    rows.add(new CascadeMatrix.Row(
                            rs.getLong("id"),
                            rs.getString("short_name"),
                            UnitType.valueOf(rs.getString("type")),
                            rs.getString("municipality"),
                            row));
                    return null;
                })
                .list();
        List<CascadeMatrix.Row> shown =
                by.lateOnly() ? rows.stream().filter(CascadeMatrix.Row::late).toList() : rows;

        List<CascadeMatrix.Column> withCounts = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int done = 0;
            int notApplicable = 0;
            int overdue = 0;
            int planned = 0;
            for (CascadeMatrix.Row row : shown) {
                CascadeMatrix.Cell cell = row.cells().get(c);
                if (cell == null) {
                    continue;
                }
                switch (cell.status()) {
                    case DONE -> done++;
                    case NOT_APPLICABLE -> notApplicable++;
                    case OVERDUE -> overdue++;
                    default -> planned++;
                }
            }
            withCounts.add(new CascadeMatrix.Column(
                    columns.get(c).requirement(),
                    access.mayEdit(columns.get(c).ownerPath()),
                    new CascadeMatrix.Counts(
                            done, notApplicable, overdue, planned, done + notApplicable + overdue + planned)));
        }
        int total = shown.size();
        if (by.page() == null) {
            return new CascadeMatrix(today, withCounts, shown, total, 0, 1);
        }
        int pages = Math.max(1, (total + CascadeFilter.PAGE_SIZE - 1) / CascadeFilter.PAGE_SIZE);
        int page = Math.max(0, Math.min(by.page(), pages - 1));
        List<CascadeMatrix.Row> ofPage =
                shown.subList(page * CascadeFilter.PAGE_SIZE, Math.min(total, (page + 1) * CascadeFilter.PAGE_SIZE));
        return new CascadeMatrix(today, withCounts, List.copyOf(ofPage), total, page, pages);
    }
}
