package org.nastavnik.roadmap;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planned due dates of all roadmaps within a range of days, and the organizations that have not
 * fulfilled the cascade's requirements due within one, for the reminders jobs. It is not
 * scoped to a caller: the job runs as the system and addresses each reminder to the people who may
 * keep the owner unit's roadmaps and to the people its responsible text names. Pages and the API
 * use {@link DueLists}.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapReminders {

    /** A planned due date to remind of, with where it belongs. */
    public record Due(
            long dueId,
            long roadmapId,
            String roadmapTitle,
            String ownerPath,
            String number,
            String activity,
            LocalDate dueOn,
            List<Long> responsiblePersonIds) {}

    /**
     * An organization that has not fulfilled a requirement due on {@code dueOn}: nothing recorded or
     * planned again, and for a ROADMAP requirement no approved roadmap of its own.
     */
    public record OpenRequirement(
            long requirementId,
            long roadmapId,
            String roadmapTitle,
            String ownerPath,
            String number,
            String activity,
            LocalDate dueOn,
            long organizationId,
            String organizationPath,
            String organization) {}

    private final JdbcClient jdbc;

    RoadmapReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static List<Long> people(Array array) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /**
     * The cascade's requirements in force (not withdrawn, of a roadmap not archived) due from {@code
     * from} to {@code to}, both inclusive, with each organization they apply to that has not fulfilled
     * them; by date, requirement and organization.
     */
    public List<OpenRequirement> openRequirementsBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select q.id, q.roadmap_id, r.title, q.owner_path, l.number, l.activity, q.due_on,"
                        + " o.id as org_id, o.path, o.short_name from roadmap_requirement q"
                        + " join roadmap r on r.id = q.roadmap_id"
                        + " join roadmap_line l on l.roadmap_id = q.roadmap_id and l.position = q.position"
                        + " join unit o on o.level = 'ORGANIZATION' and not o.archived and o.type in "
                        + CascadeService.EDUCATIONAL + " and " + CascadeService.APPLIES
                        + " left join roadmap_fulfilment f on f.requirement_id = q.id and f.organization_id = o.id"
                        + " where q.withdrawn_at is null and r.status <> 'ARCHIVED' and q.due_on between ? and ?"
                        + " and (f.status is null or f.status = 'PLANNED')"
                        + " and " + CascadeService.APPROVED_ROADMAP + " is null"
                        + " order by q.due_on, q.id, o.sort_key, o.id")
                .params(from, to)
                .query((rs, n) -> new OpenRequirement(
                        rs.getLong("id"),
                        rs.getLong("roadmap_id"),
                        rs.getString("title"),
                        rs.getString("owner_path"),
                        rs.getString("number"),
                        rs.getString("activity"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getLong("org_id"),
                        rs.getString("path"),
                        rs.getString("short_name")))
                .list();
    }

    /** Planned dates from {@code from} to {@code to}, both inclusive, earliest first. */
    public List<Due> plannedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select d.id, d.roadmap_id, r.title, r.owner_path, l.number, l.activity, d.due_on,"
                        + " array(select lp.person_id from roadmap_line_person lp"
                        + " where lp.roadmap_id = d.roadmap_id and lp.position = d.position order by 1) as people"
                        + " from roadmap_due d join roadmap r on r.id = d.roadmap_id"
                        + " join roadmap_line l on l.roadmap_id = d.roadmap_id and l.position = d.position"
                        + " where d.status = 'PLANNED' and r.status <> 'ARCHIVED' and d.due_on between ? and ?"
                        + " order by d.due_on, d.id")
                .params(from, to)
                .query((rs, n) -> new Due(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        people(rs.getArray("people"))))
                .list();
    }
}
