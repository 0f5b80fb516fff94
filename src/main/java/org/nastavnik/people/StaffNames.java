package org.nastavnik.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of the people working in the organizations under a unit, for other modules that
 * recognize people written by name («Куропаткина А.Н.»); not scoped to a caller — the caller decides
 * what it shows.
 */
@Component
@Transactional(readOnly = true)
public class StaffNames {

    /** A person's name as stored: the middle name may be null. */
    public record Named(long personId, String lastName, String firstName, String middleName) {

        public String fullName() {
            return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
        }
    }

    private final JdbcClient jdbc;

    StaffNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The people employed on {@code on} in the organizations whose path starts with {@code unitPath}. */
    public List<Named> employedUnder(String unitPath, LocalDate on) {
        return jdbc.sql("select distinct p.id, p.last_name, p.first_name, p.middle_name from person p"
                        + " join employment e on e.person_id = p.id"
                        + " where e.organization_path like ? and (e.ended_on is null or e.ended_on >= ?)"
                        + " and p.anonymized_on is null")
                .params(unitPath + "%", on)
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** A position someone holds now in an organization under the unit. */
    public record Post(long personId, String position) {}

    /** The positions held on {@code on} in the organizations whose path starts with {@code unitPath}. */
    public List<Post> postsUnder(String unitPath, LocalDate on) {
        return jdbc.sql(
                        "select distinct e.person_id, pos.name from employment e join position pos on pos.id = e.position_id"
                                + " join person p on p.id = e.person_id where e.organization_path like ?"
                                + " and (e.ended_on is null or e.ended_on >= ?) and p.anonymized_on is null")
                .params(unitPath + "%", on)
                .query((rs, n) -> new Post(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The names of these people, in no particular order. */
    public List<Named> named(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, last_name, first_name, middle_name from person where id in (:ids)")
                .param("ids", personIds)
                .query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
