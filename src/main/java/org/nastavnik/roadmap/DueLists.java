package org.nastavnik.roadmap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The «просрочено» (planned dates before today) and «на этой неделе» (planned dates from today to
 * Sunday) lists of the roadmaps of the caller's units, optionally of one unit's subtree or one
 * roadmap, earliest first.
 */
@Service
@Transactional(readOnly = true)
public class DueLists {

    /** The most rows a list shows; the counts are exact. */
    public static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final RoadmapAccess access;

    DueLists(JdbcClient jdbc, RoadmapAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** A unit's subtree and/or one roadmap; nulls for everything in scope. */
    public record Filter(Long unitId, Long roadmapId) {
        public static final Filter ALL = new Filter(null, null);
    }

    /** A due date in a list, with its roadmap, owner unit and the activity's responsible as written. */
    public record Entry(
            DueDate date, long roadmapId, String roadmap, long ownerUnitId, String owner, String responsible) {}

    /** How many dates each list holds. */
    public record Counts(long overdue, long thisWeek) {}

    /** A roadmap or unit to filter by. */
    public record Choice(long id, String name) {}

    public List<Entry> overdue(Filter filter) {
        LocalDate today = access.today();
        return entries(filter, "d.due_on < ?", List.of(today), today, LIMIT);
    }

    public List<Entry> thisWeek(Filter filter) {
        LocalDate today = access.today();
        return entries(filter, "d.due_on between ? and ?", List.of(today, sunday(today)), today, LIMIT);
    }

    /** Planned dates from {@code from} to {@code to} (both included), at most {@code limit} of them. */
    public List<Entry> between(Filter filter, LocalDate from, LocalDate to, int limit) {
        return entries(filter, "d.due_on between ? and ?", List.of(from, to), access.today(), limit);
    }

    public Counts counts() {
        LocalDate today = access.today();
        List<Object> params = new ArrayList<>(List.of(today, today, sunday(today)));
        // only dates up to Sunday: the planned index then skips the rest of the year
        String where = where(Filter.ALL, params) + " and d.due_on <= ?";
        params.add(sunday(today));
        return jdbc.sql("select count(*) filter (where d.due_on < ?) as overdue,"
                        + " count(*) filter (where d.due_on between ? and ?) as this_week"
                        + " from roadmap_due d join roadmap r on r.id = d.roadmap_id where " + where)
                .params(params)
                .query((rs, n) -> new Counts(rs.getLong("overdue"), rs.getLong("this_week")))
                .single();
    }

    /** The units owning roadmaps in the caller's scope, by name. */
    public List<Choice> units() {
        List<Object> params = new ArrayList<>();
        String where = access.readScope().pathCondition("r.owner_path", params);
        return jdbc.sql("select distinct u.id, u.short_name from roadmap r join unit u on u.id = r.owner_unit_id"
                        + " where " + where + " order by u.short_name")
                .params(params)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The roadmaps in the caller's scope, of one unit's subtree when given. */
    public List<Choice> roadmaps(Long unitId) {
        List<Object> params = new ArrayList<>();
        String where = access.readScope().pathCondition("r.owner_path", params) + unitCondition(unitId, params);
        return jdbc.sql("select r.id, r.title from roadmap r where " + where + " order by r.title, r.id")
                .params(params)
                .query((rs, n) -> new Choice(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private List<Entry> entries(Filter filter, String dates, List<Object> dateParams, LocalDate today, int limit) {
        List<Object> params = new ArrayList<>(dateParams);
        String where = dates + " and " + where(filter, params);
        params.add(limit);
        return jdbc.sql(DueDates.COLUMNS + ", l.responsible, r.title, r.owner_unit_id, u.short_name" + DueDates.FROM
                        + " join roadmap r on r.id = d.roadmap_id join unit u on u.id = r.owner_unit_id"
                        + " where " + where + " order by d.due_on, u.short_name, r.id, d.position limit ?")
                .params(params)
                .query((rs, n) -> new Entry(
                        DueDates.map(rs, today),
                        rs.getLong("roadmap_id"),
                        rs.getString("title"),
                        rs.getLong("owner_unit_id"),
                        rs.getString("short_name"),
                        rs.getString("responsible")))
                .list();
    }

    /** Planned dates of roadmaps in scope, filtered. */
    private String where(Filter filter, List<Object> params) {
        // an archived roadmap (replaced by another) is not followed any more
        String where = "d.status = 'PLANNED' and r.status <> 'ARCHIVED' and "
                + access.readScope().pathCondition("r.owner_path", params);
        where += unitCondition(filter.unitId(), params);
        if (filter.roadmapId() != null) {
            where += " and r.id = ?";
            params.add(filter.roadmapId());
        }
        return where;
    }

    private static String unitCondition(Long unitId, List<Object> params) {
        if (unitId == null) {
            return "";
        }
        params.add(unitId);
        return " and r.owner_path like (select path from unit where id = ?) || '%'";
    }

    private static LocalDate sunday(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }
}
