package org.nastavnik.people;

import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.RussianText;
import org.nastavnik.structure.Scope;

/**
 * The SQL of the people list for a query within a scope, shared by the list page and the export. A
 * person is listed through a current employment in scope (alias {@code e}) or, when no filter
 * concerns employment (position, subject, category), a current participation in scope (alias
 * {@code pa}). With an organization filter, candidates come first from the organization's index; a
 * caller scoped to municipalities or organizations gets them from the {@code organization_path}
 * indexes (which include {@code person_id}), so a school's curator never walks the region's whole
 * person table.
 *
 * @param from the {@code from … where …} part
 * @param params its parameters in order
 * @param employmentOnly whether only employments are listed ({@code pa} is then absent)
 */
record PeopleFilter(String from, List<Object> params, boolean employmentOnly) {

    /** For one page: each person's employment and participation are looked up by index (lateral). */
    static PeopleFilter of(PeopleQuery query, Scope scope) {
        return of(query, scope, false);
    }

    /**
     * For all rows (the export): employments and participations are read once and joined, which
     * for a whole region is several times quicker than a look-up per person.
     */
    static PeopleFilter forAllRows(PeopleQuery query, Scope scope) {
        return of(query, scope, true);
    }

    private static PeopleFilter of(PeopleQuery query, Scope scope, boolean allRows) {
        boolean selfOnly = !scope.everything() && scope.paths().isEmpty();
        boolean employmentOnly = query.positionId() != null || query.subjectId() != null || query.category() != null;
        List<Object> params = new ArrayList<>();
        StringBuilder from = new StringBuilder(" from person p left join");
        from.append(allRows ? " (select distinct on (e.person_id) e.person_id," : " lateral (select")
                .append(" e.organization_id, e.position_id, e.subject_ids, e.pedagogical_since,"
                        + " e.organization_since, e.qualification, e.mentor_category_since,"
                        + " e.methodist_category_since from employment e where ")
                .append(allRows ? "" : "e.person_id = p.id and ")
                .append("e.ended_on is null");
        if (!selfOnly) {
            appendScope(from, params, scope, "e");
        }
        appendEmploymentFilters(from, params, query);
        from.append(
                allRows ? " order by e.person_id, e.id) e on e.person_id = p.id" : " order by e.id limit 1) e on true");
        if (!employmentOnly) {
            // only for people without a matching employment (for the lateral, a one-time filter on e)
            from.append(
                    allRows
                            ? " left join (select distinct on (pa.person_id) pa.person_id, pa.organization_id, pa.kind"
                                    + " from participant pa where pa.ended_on is null"
                            : " left join lateral (select pa.organization_id, pa.kind from participant pa"
                                    + " where e.organization_id is null and pa.person_id = p.id and pa.ended_on is null");
            if (!selfOnly) {
                appendScope(from, params, scope, "pa");
            }
            if (query.organizationId() != null) {
                from.append(" and pa.organization_id = ?");
                params.add(query.organizationId());
            }
            from.append(
                    allRows
                            ? " order by pa.person_id, pa.id) pa on pa.person_id = p.id and e.organization_id is null"
                            : " order by pa.id limit 1) pa on true");
        }
        from.append(" where p.anonymized_on is null");
        if (selfOnly) {
            from.append(" and p.id = ?");
            params.add(scope.selfPersonId());
        } else {
            if (query.organizationId() != null) {
                appendOrganizationCandidates(from, params, query.organizationId(), employmentOnly);
            } else if (!scope.everything() && scope.paths().stream().allMatch(PeopleFilter::belowRegion)) {
                appendCandidates(from, params, scope, employmentOnly);
            }
            from.append(
                    employmentOnly
                            ? " and e.organization_id is not null"
                            : " and (e.organization_id is not null or pa.organization_id is not null)");
        }
        for (String word : RussianText.words(query.text())) {
            from.append(" and p.search_text like ?");
            params.add("%" + word + "%");
        }
        return new PeopleFilter(from.toString(), List.copyOf(params), employmentOnly);
    }

    /** The organization a row is listed under. */
    String organization() {
        return employmentOnly ? "e.organization_id" : "coalesce(e.organization_id, pa.organization_id)";
    }

    /** The participation kind of a row listed through a participation, or null. */
    String participantKind() {
        return employmentOnly ? "null" : "pa.kind";
    }

    /**
     * The {@code order by} expressions for the query's sort, in output columns: the select must
     * name {@code id}, {@code sort_key} and {@code pedagogical_since}.
     */
    static String order(PeopleQuery query) {
        return switch (query.sort() == null ? "NAME" : query.sort()) {
            case "NAME_DESC" -> "sort_key desc, id desc";
            case "EXPERIENCE" -> "pedagogical_since nulls last, sort_key, id";
            default -> "sort_key, id";
        };
    }

    private static void appendEmploymentFilters(StringBuilder sql, List<Object> params, PeopleQuery query) {
        if (query.organizationId() != null) {
            sql.append(" and e.organization_id = ?");
            params.add(query.organizationId());
        }
        if (query.positionId() != null) {
            sql.append(" and e.position_id = ?");
            params.add(query.positionId());
        }
        if (query.subjectId() != null) {
            sql.append(" and e.subject_ids @> array[?]::bigint[]");
            params.add(query.subjectId());
        }
        if (query.category() != null) {
            switch (query.category()) {
                case "FIRST", "HIGHEST" -> {
                    sql.append(" and e.qualification = ?");
                    params.add(query.category());
                }
                case "MENTOR" -> sql.append(" and e.mentor_category_since is not null");
                case "METHODIST" -> sql.append(" and e.methodist_category_since is not null");
                default -> {}
            }
        }
    }

    /**
     * The people with any record (current or past) in the organization, from its index: a few
     * dozen rows, so the name search and the scope are checked on those only.
     */
    private static void appendOrganizationCandidates(
            StringBuilder sql, List<Object> params, long organizationId, boolean employmentOnly) {
        sql.append(" and p.id in (select person_id from employment c where c.organization_id = ?");
        params.add(organizationId);
        if (!employmentOnly) {
            sql.append(" union all select person_id from participant c where c.organization_id = ?");
            params.add(organizationId);
        }
        sql.append(")");
    }

    /** The people with any record (current or past) under the scope's paths, from the path indexes. */
    private static void appendCandidates(StringBuilder sql, List<Object> params, Scope scope, boolean employmentOnly) {
        sql.append(" and p.id in (select person_id from employment c where true");
        appendScope(sql, params, scope, "c");
        if (!employmentOnly) {
            sql.append(" union all select person_id from participant c where true");
            appendScope(sql, params, scope, "c");
        }
        sql.append(")");
    }

    private static void appendScope(StringBuilder sql, List<Object> params, Scope scope, String alias) {
        if (!scope.everything()) {
            sql.append(" and ").append(scope.pathCondition(alias + ".organization_path", params));
        }
    }

    /**
     * A municipality or an organization ("/1/4/", "/1/4/17/"), not a whole region ("/1/"): there
     * the candidates from the path indexes would be nearly every person, and reading them costs
     * more than it saves.
     */
    private static boolean belowRegion(String path) {
        return path.chars().filter(c -> c == '/').count() > 2;
    }
}
