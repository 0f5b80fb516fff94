package org.nastavnik.roadmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored due dates of roadmaps ({@code roadmap_due}), read with their activity. */
@Repository
class DueDates {

    /** The columns {@link #map} reads, of {@link #FROM}. */
    static final String COLUMNS = "select d.id, d.roadmap_id, d.position, l.number, l.section_number, l.activity,"
            + " d.due_on, d.status, d.reason, d.changed_by, d.changed_at, d.version,"
            + " (select count(*) from roadmap_evidence e where e.due_id = d.id) as evidence";

    static final String FROM =
            " from roadmap_due d join roadmap_line l on l.roadmap_id = d.roadmap_id and l.position = d.position";

    private static final String SELECT = COLUMNS + FROM;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    DueDates(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Stores each activity's dates, or one undated row for an activity without any. */
    void insert(long roadmapId, Map<Integer, List<LocalDate>> datesByPosition) {
        List<Object[]> rows = new ArrayList<>();
        datesByPosition.forEach((position, dates) -> {
            if (dates.isEmpty()) {
                rows.add(new Object[] {roadmapId, position, null});
            }
            dates.forEach(d -> rows.add(new Object[] {roadmapId, position, d}));
        });
        batches.batchUpdate(
                "insert into roadmap_due (id, roadmap_id, position, due_on) values (nextval('roadmap_due_seq'), ?, ?, ?)",
                rows);
    }

    List<DueDate> ofRoadmap(long roadmapId, LocalDate today) {
        return jdbc.sql(SELECT + " where d.roadmap_id = ? order by d.position, d.due_on nulls first")
                .param(roadmapId)
                .query((rs, n) -> map(rs, today))
                .list();
    }

    List<DueDate> ofItem(long roadmapId, int position, LocalDate today) {
        return jdbc.sql(SELECT + " where d.roadmap_id = ? and d.position = ? order by d.due_on nulls first")
                .params(roadmapId, position)
                .query((rs, n) -> map(rs, today))
                .list();
    }

    Optional<DueDate> find(long dueId, LocalDate today) {
        return jdbc.sql(SELECT + " where d.id = ?")
                .param(dueId)
                .query((rs, n) -> map(rs, today))
                .optional();
    }

    /** Whether the row still had the expected version (and now has the next one). */
    boolean updateStatus(long dueId, long version, DueStatus status, String reason, String actor) {
        return jdbc.sql("update roadmap_due set status = ?, reason = ?, changed_by = ?, changed_at = now(),"
                                + " version = version + 1 where id = ? and version = ?")
                        .params(status.name(), reason, actor, dueId, version)
                        .update()
                == 1;
    }

    void delete(List<Long> dueIds) {
        dueIds.forEach(
                id -> jdbc.sql("delete from roadmap_due where id = ?").param(id).update());
    }

    /** The roadmaps saved before tracking existed (none has a single due row). */
    List<Long> untracked() {
        return jdbc.sql("select r.id from roadmap r where not exists"
                        + " (select 1 from roadmap_due d where d.roadmap_id = r.id) order by r.id")
                .query(Long.class)
                .list();
    }

    static DueDate map(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        Timestamp changedAt = rs.getTimestamp("changed_at");
        return new DueDate(
                rs.getLong("id"),
                rs.getLong("roadmap_id"),
                rs.getInt("position"),
                rs.getString("number"),
                rs.getString("section_number"),
                rs.getString("activity"),
                dueOn,
                DueStatus.shown(DueStatus.valueOf(rs.getString("status")), dueOn, today),
                rs.getString("reason"),
                rs.getString("changed_by"),
                changedAt == null ? null : changedAt.toInstant(),
                rs.getLong("version"),
                rs.getInt("evidence"));
    }
}
