package org.nastavnik.people;

import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.RussianText;
import org.nastavnik.structure.Scope;

/**
 * The SQL of the people list for a query within a scope, shared by the list page and the export:
 * persons not anonymized with their first current employment that matches the filters (alias
 * {@code e}), or for a caller who may only see themself, just that person.
 *
 * @param from the {@code from … where …} part
 * @param params its parameters in order
 * @param order the {@code order by} expressions for the query's sort
 */
record PeopleFilter(String from, List<Object> params, String order) {

    static PeopleFilter of(PeopleQuery query, Scope scope) {
        List<Object> params = new ArrayList<>();
        StringBuilder employmentFilter = new StringBuilder("e.ended_on is null");
        boolean selfOnly = !scope.everything() && scope.paths().isEmpty();
        if (!selfOnly) {
            appendScope(employmentFilter, params, scope);
        }
        if (query.organizationId() != null) {
            employmentFilter.append(" and e.organization_id = ?");
            params.add(query.organizationId());
        }
        if (query.positionId() != null) {
            employmentFilter.append(" and e.position_id = ?");
            params.add(query.positionId());
        }
        if (query.subjectId() != null) {
            employmentFilter.append(" and e.subject_ids @> array[?]::bigint[]");
            params.add(query.subjectId());
        }
        if (query.category() != null) {
            switch (query.category()) {
                case "FIRST", "HIGHEST" -> {
                    employmentFilter.append(" and e.qualification = ?");
                    params.add(query.category());
                }
                case "MENTOR" -> employmentFilter.append(" and e.mentor_category_since is not null");
                case "METHODIST" -> employmentFilter.append(" and e.methodist_category_since is not null");
                default -> {}
            }
        }
        StringBuilder where = new StringBuilder(" where p.anonymized_on is null");
        if (selfOnly) {
            where.append(" and p.id = ?");
            params.add(scope.selfPersonId());
        }
        for (String word : RussianText.words(query.text())) {
            where.append(" and p.search_text like ?");
            params.add("%" + word + "%");
        }
        String from = " from person p" + (selfOnly ? " left" : "") + " join lateral (select e.organization_id,"
                + " e.position_id, e.subject_ids, e.pedagogical_since, e.organization_since, e.qualification,"
                + " e.mentor_category_since, e.methodist_category_since from employment e"
                + " where e.person_id = p.id and " + employmentFilter + " order by e.id limit 1) e on true" + where;
        String order =
                switch (query.sort() == null ? "NAME" : query.sort()) {
                    case "NAME_DESC" -> "p.sort_key collate \"C\" desc, p.id desc";
                    case "EXPERIENCE" -> "e.pedagogical_since nulls last, p.sort_key collate \"C\", p.id";
                    default -> "p.sort_key collate \"C\", p.id";
                };
        return new PeopleFilter(from, List.copyOf(params), order);
    }

    private static void appendScope(StringBuilder sql, List<Object> params, Scope scope) {
        if (scope.everything()) {
            return;
        }
        sql.append(" and (");
        for (int i = 0; i < scope.paths().size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("e.organization_path like ?");
            params.add(scope.paths().get(i) + "%");
        }
        sql.append(")");
    }
}
