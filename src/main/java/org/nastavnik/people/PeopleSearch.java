package org.nastavnik.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.Experience;
import org.nastavnik.common.RussianText;
import org.nastavnik.structure.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the people list. A person is listed through a current employment in scope or, when
 * no filter concerns employment (position, subject, category), a current participation in scope.
 * A caller scoped to municipalities or organizations gets candidates first from the
 * {@code organization_path} indexes (which include {@code person_id}), so a school's curator never
 * walks the region's whole person table.
 */
@Component
class PeopleSearch {

    /** Up to this many matches, the page is sorted from all of them (see {@link #search}). */
    static final int SMALL_RESULT = 1000;

    private final JdbcClient jdbc;

    PeopleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<PersonRow> search(PeopleQuery query, Pageable page, Scope scope, LocalDate today) {
        boolean selfOnly = !scope.everything() && scope.paths().isEmpty();
        boolean employmentOnly = query.positionId() != null || query.subjectId() != null || query.category() != null;
        List<Object> params = new ArrayList<>();
        StringBuilder from = new StringBuilder(" from person p left join lateral (select e.organization_id,"
                + " e.position_id, e.pedagogical_since, e.qualification, e.mentor_category_since,"
                + " e.methodist_category_since from employment e where e.person_id = p.id and e.ended_on is null");
        if (!selfOnly) {
            appendScope(from, params, scope, "e");
        }
        appendEmploymentFilters(from, params, query);
        from.append(" order by e.id limit 1) e on true");
        if (!employmentOnly) {
            // evaluated only for people without a matching employment (a one-time filter on e)
            from.append(" left join lateral (select pa.organization_id, pa.kind from participant pa"
                    + " where e.organization_id is null and pa.person_id = p.id and pa.ended_on is null");
            if (!selfOnly) {
                appendScope(from, params, scope, "pa");
            }
            if (query.organizationId() != null) {
                from.append(" and pa.organization_id = ?");
                params.add(query.organizationId());
            }
            from.append(" order by pa.id limit 1) pa on true");
        }
        from.append(" where p.anonymized_on is null");
        if (selfOnly) {
            from.append(" and p.id = ?");
            params.add(scope.selfPersonId());
        } else {
            if (!scope.everything() && scope.paths().stream().allMatch(PeopleSearch::belowRegion)) {
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
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0 || page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        String organization = employmentOnly ? "e.organization_id" : "coalesce(e.organization_id, pa.organization_id)";
        String select = "select p.id, p.last_name, p.first_name, p.middle_name, p.email, p.sort_key,"
                + organization + " as organization_id,"
                + " e.pedagogical_since, e.qualification, e.mentor_category_since,"
                + " e.methodist_category_since,"
                + (employmentOnly ? " null" : " pa.kind") + " as participant_kind,"
                + " (select short_name from unit u where u.id = " + organization + ") as organization,"
                + " (select name from position pos where pos.id = e.position_id) as position" + from;
        // Few matches: compute them all and sort (offset 0 keeps the planner from walking the whole
        // name index in search of a page that is not there); many: walking the name index is quicker.
        String sql = total <= SMALL_RESULT
                ? "select * from (" + select + " offset 0) r order by " + order(query) + " limit ? offset ?"
                : select + " order by " + order(query) + " limit ? offset ?";
        List<PersonRow> rows = jdbc.sql(sql)
                .params(pageParams)
                .query((rs, n) -> {
                    LocalDate since = rs.getObject("pedagogical_since", LocalDate.class);
                    String middle = rs.getString("middle_name");
                    String qualification = rs.getString("qualification");
                    String kind = rs.getString("participant_kind");
                    return new PersonRow(
                            rs.getLong("id"),
                            rs.getString("last_name") + " " + rs.getString("first_name")
                                    + (middle == null ? "" : " " + middle),
                            rs.getString("organization"),
                            rs.getLong("organization_id"),
                            rs.getString("position"),
                            since == null
                                    ? null
                                    : Experience.since(since, today).years(),
                            qualification == null ? null : Qualification.valueOf(qualification),
                            rs.getObject("mentor_category_since") != null,
                            rs.getObject("methodist_category_since") != null,
                            rs.getString("email"),
                            kind == null ? null : ParticipantKind.valueOf(kind));
                })
                .list();
        return new PageImpl<>(rows, page, total);
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
        if (scope.everything()) {
            return;
        }
        sql.append(" and (");
        for (int i = 0; i < scope.paths().size(); i++) {
            sql.append(i == 0 ? "" : " or ").append(alias).append(".organization_path like ?");
            params.add(scope.paths().get(i) + "%");
        }
        sql.append(")");
    }

    /** In the columns of the page query, so that it serves both shapes of it. */
    private static String order(PeopleQuery query) {
        return switch (query.sort() == null ? "NAME" : query.sort()) {
            case "NAME_DESC" -> "sort_key collate \"C\" desc, id desc";
            case "EXPERIENCE" -> "pedagogical_since nulls last, sort_key collate \"C\", id";
            default -> "sort_key collate \"C\", id";
        };
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
