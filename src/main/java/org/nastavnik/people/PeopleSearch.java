package org.nastavnik.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.Experience;
import org.nastavnik.structure.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One page of the people list and its count, for the SQL of {@link PeopleFilter}. */
@Component
class PeopleSearch {

    /** Up to this many matches, the page is sorted from all of them (see {@link #search}). */
    static final int SMALL_RESULT = 1000;

    private final JdbcClient jdbc;

    PeopleSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<PersonRow> search(PeopleQuery query, Pageable page, Scope scope, LocalDate today) {
        PeopleFilter filter = PeopleFilter.of(query, scope);
        String from = filter.from();
        List<Object> params = filter.params();
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
        String organization = filter.organization();
        String select = "select p.id, p.last_name, p.first_name, p.middle_name, p.email, p.sort_key,"
                + organization + " as organization_id,"
                + " e.pedagogical_since, e.qualification, e.mentor_category_since,"
                + " e.methodist_category_since,"
                + " " + filter.participantKind() + " as participant_kind,"
                + " (select short_name from unit u where u.id = " + organization + ") as organization,"
                + " (select name from position pos where pos.id = e.position_id) as position" + from;
        // Few matches: compute them all and sort (offset 0 keeps the planner from walking the whole
        // name index in search of a page that is not there); many: walking the name index is quicker.
        String sql = total <= SMALL_RESULT
                ? "select * from (" + select + " offset 0) r order by " + PeopleFilter.order(query)
                        + " limit ? offset ?"
                : select + " order by " + PeopleFilter.order(query) + " limit ? offset ?";
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
}
