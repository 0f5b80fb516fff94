package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.Violation;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitType;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roadmaps of units: read within the caller's scope, created from a pasted table by those who may
 * keep the owner unit's roadmaps. A preview shows how the table and its deadlines are read before
 * anything is saved.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapService {

    public static final int TITLE_MAX = 500;
    public static final int GOAL_MAX = 2_000;
    /** The longest table text accepted (pasted or read from Word). */
    public static final int TABLE_MAX = 2_000_000;

    public static final int MAX_LINES = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final ApplicationEventPublisher events;
    private final RoadmapAccess access;
    private final DueDates dueDates;
    private final ResponsiblePeople responsiblePeople;
    private final DeadlineInterpreter deadlines = DeadlineInterpreter.standard();

    RoadmapService(
            JdbcClient jdbc,
            JdbcTemplate batches,
            AccessPolicy policy,
            StructureService structure,
            ApplicationEventPublisher events,
            RoadmapAccess access,
            DueDates dueDates,
            ResponsiblePeople responsiblePeople) {
        this.jdbc = jdbc;
        this.responsiblePeople = responsiblePeople;
        this.batches = batches;
        this.policy = policy;
        this.structure = structure;
        this.events = events;
        this.access = access;
        this.dueDates = dueDates;
    }

    /** The units whose roadmaps the caller keeps (partners have none). */
    public List<UnitView> ownerUnits() {
        return structure.units(Permission.EDIT_ROADMAPS, null).stream()
                .filter(u -> u.type() != UnitType.PARTNER)
                .toList();
    }

    public boolean mayCreate() {
        return !ownerUnits().isEmpty();
    }

    /** The roadmaps of the units in the caller's scope, newest first. */
    public List<RoadmapSummary> list() {
        Scope scope = access.readScope();
        LocalDate today = access.today();
        List<Object> params = new ArrayList<>(List.of(today, today));
        String where = scope.pathCondition("r.owner_path", params);
        return jdbc.sql("select r.id, r.title, u.short_name, r.period_from, r.period_to, r.status,"
                        + " (select count(*) from roadmap_line l where l.roadmap_id = r.id and not l.section) as items,"
                        + " p.closed_to_date, p.due_to_date, p.closed, p.total"
                        + " from roadmap r join unit u on u.id = r.owner_unit_id,"
                        + " lateral (select count(*) filter (where d.status <> 'PLANNED' and d.due_on <= ?) as closed_to_date,"
                        + " count(*) filter (where d.due_on <= ?) as due_to_date,"
                        + " count(*) filter (where d.status <> 'PLANNED') as closed, count(*) as total"
                        + " from roadmap_due d where d.roadmap_id = r.id) p"
                        + " where " + where
                        + " order by r.created_at desc, r.id desc")
                .params(params)
                .query((rs, n) -> new RoadmapSummary(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("short_name"),
                        rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class),
                        rs.getString("status"),
                        rs.getLong("items"),
                        new Progress(
                                rs.getInt("closed_to_date"),
                                rs.getInt("due_to_date"),
                                rs.getInt("closed"),
                                rs.getInt("total"))))
                .list();
    }

    /**
     * How the pasted table and its deadlines are read, before saving, with the warnings about it
     * (repeated or out-of-order numbers); refuses what could not be saved.
     */
    public Preview preview(RoadmapDraft draft) {
        RoadmapTable.Parsed table = check(draft).table();
        return new Preview(lines(table, draft.periodFrom(), draft.periodTo()), table.problems(), table);
    }

    /**
     * The lines as they would be saved, the warnings (message codes with the item number), and the
     * table as read: its header, the columns it was read with and the problems of the author's mapping.
     */
    public record Preview(List<RoadmapLine> lines, List<RoadmapTable.Problem> warnings, RoadmapTable.Parsed table) {}

    /** A draft that may be saved: its owner and its table, read once. */
    private record Checked(UnitView owner, RoadmapTable.Parsed table) {}

    @Transactional
    public long create(RoadmapDraft draft) {
        Checked checked = check(draft);
        UnitView owner = checked.owner();
        RoadmapTable.Parsed parsed = checked.table();
        // a preview may show a refused mapping next to the table read as recognized; saving may not
        FieldProblem.requireNone(parsed.mappingProblems().stream()
                .filter(p -> RoadmapTable.refuses(p.code()))
                .map(p -> new Violation("columns", p.code(), p.number()))
                .toList());
        long id = jdbc.sql("select nextval('roadmap_seq')").query(Long.class).single();
        jdbc.sql("insert into roadmap (id, owner_unit_id, owner_path, title, goal, period_from, period_to,"
                        + " created_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        owner.id(),
                        owner.path(),
                        draft.title(),
                        draft.goal(),
                        draft.periodFrom(),
                        draft.periodTo(),
                        policy.actor())
                .update();
        // the text as written; the due dates it is read into are stored for tracking
        List<Object[]> rows = new ArrayList<>();
        for (RoadmapTable.Row row : parsed.rows()) {
            int position = rows.size() + 1;
            if (row instanceof RoadmapTable.Section section) {
                rows.add(new Object[] {
                    id, position, true, section.number(), null, section.title(), "", "", "", "", position
                });
            } else if (row instanceof RoadmapTable.Item item) {
                rows.add(new Object[] {
                    id,
                    position,
                    false,
                    item.number(),
                    item.section(),
                    item.activity(),
                    item.deadline(),
                    item.responsible(),
                    item.result(),
                    item.coExecutors(),
                    position
                });
            }
        }
        batches.batchUpdate(
                "insert into roadmap_line (roadmap_id, position, section, number, section_number, activity,"
                        + " deadline, responsible, result, co_executors, ordinal)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        List<RoadmapLine> saved = lines(parsed, draft.periodFrom(), draft.periodTo());
        storeDueDates(id, saved);
        Map<Integer, String> responsible = new LinkedHashMap<>();
        saved.stream().filter(l -> !l.section()).forEach(l -> responsible.put(l.position(), l.responsible()));
        responsiblePeople.link(id, owner.path(), responsible, access.today());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", draft.title());
        if (draft.goal() != null) {
            after.put("goal", draft.goal());
        }
        after.put("periodFrom", draft.periodFrom().toString());
        after.put("periodTo", draft.periodTo().toString());
        after.put("items", parsed.items().size());
        events.publishEvent(new ChangeRecorded("roadmap", id, owner.path(), "create", Map.of(), after));
        return id;
    }

    /** Whether the caller may change the roadmap's title and goal: they keep it and it is not archived. */
    public boolean mayDescribe(long id) {
        RoadmapAccess.Header header = access.readable(id);
        return access.mayEdit(header.ownerPath())
                && !RoadmapStatus.ARCHIVED.name().equals(header.status());
    }

    /**
     * Changes the roadmap's title and goal (the period stays: its deadlines were read within it). The
     * change is recorded in the audit, before and after; an archived roadmap is kept as it was.
     */
    @Transactional
    public RoadmapView describe(long id, Long version, String title, String goal) {
        RoadmapAccess.Header header = access.readable(id);
        access.requireEdit(header.ownerPath());
        String newTitle = title == null ? "" : title.strip();
        String newGoal = goal == null || goal.isBlank() ? null : goal.strip();
        List<Violation> problems = new ArrayList<>();
        if (RoadmapStatus.ARCHIVED.name().equals(header.status())) {
            problems.add(new Violation("title", "roadmap.line.archived"));
        }
        if (newTitle.isEmpty()) {
            problems.add(new Violation("title", "NotBlank"));
        } else if (newTitle.length() > TITLE_MAX) {
            problems.add(new Violation("title", "Size"));
        }
        if (newGoal != null && newGoal.length() > GOAL_MAX) {
            problems.add(new Violation("goal", "Size"));
        }
        FieldProblem.requireNone(problems);
        int updated = jdbc.sql(
                        "update roadmap set title = ?, goal = ?, version = version + 1 where id = ? and version = ?")
                .params(newTitle, newGoal, id, version == null ? -1 : version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("roadmap", id);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("title", header.title());
        before.put("goal", header.goal());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", newTitle);
        after.put("goal", newGoal);
        events.publishEvent(new ChangeRecorded("roadmap", id, header.ownerPath(), "describe", before, after));
        return get(id);
    }

    /** The roadmap with its lines; 404 outside the caller's scope. */
    public RoadmapView get(long id) {
        RoadmapAccess.Header header = access.readable(id);
        LocalDate from = header.periodFrom();
        LocalDate to = header.periodTo();
        List<RoadmapLine> lines = readLines(id, from, to);
        return new RoadmapView(
                id,
                header.ownerUnitId(),
                header.owner(),
                header.title(),
                header.goal(),
                from,
                to,
                header.status(),
                lines,
                header.ownerFullName(),
                header.basis(),
                header.version());
    }

    /**
     * Stores the due dates of roadmaps saved before tracking existed, read from their lines as they
     * are shown; for the start-up of the application, not for callers.
     */
    @Transactional
    public int trackUntracked() {
        List<Long> untracked = dueDates.untracked();
        for (long id : untracked) {
            LocalDate[] period = jdbc.sql("select period_from, period_to from roadmap where id = ?")
                    .param(id)
                    .query((rs, n) ->
                            new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                    .single();
            storeDueDates(id, readLines(id, period[0], period[1]));
        }
        return untracked.size();
    }

    private void storeDueDates(long roadmapId, List<RoadmapLine> lines) {
        Map<Integer, List<LocalDate>> dates = new LinkedHashMap<>();
        lines.stream().filter(l -> !l.section()).forEach(l -> dates.put(l.position(), l.dueDates()));
        dueDates.insert(roadmapId, dates);
    }

    private List<RoadmapLine> readLines(long id, LocalDate from, LocalDate to) {
        return jdbc.sql("select * from roadmap_line where roadmap_id = ? order by ordinal, position")
                .param(id)
                .query((rs, n) -> line(
                        rs.getInt("position"),
                        rs.getBoolean("section"),
                        rs.getString("number"),
                        rs.getString("section_number"),
                        rs.getString("activity"),
                        rs.getString("deadline"),
                        rs.getString("corrected_deadline"),
                        rs.getString("responsible"),
                        rs.getString("result"),
                        rs.getString("co_executors"),
                        from,
                        to))
                .list();
    }

    /** The owner the caller may keep roadmaps of, and a period and table that make sense. */
    private Checked check(RoadmapDraft draft) {
        if (draft.ownerUnitId() == null) {
            throw new FieldProblem("ownerUnitId", "NotNull");
        }
        UnitView owner = ownerUnits().stream()
                .filter(u -> u.id() == draft.ownerUnitId())
                .findFirst()
                .orElseThrow(() -> policy.scope(Permission.EDIT_ROADMAPS).isEmpty()
                        ? new ForbiddenException("keep roadmaps")
                        : new NotFoundException("unit", draft.ownerUnitId()));
        if (draft.title() == null || draft.title().isEmpty()) {
            throw new FieldProblem("title", "NotBlank");
        }
        if (draft.title().length() > TITLE_MAX) {
            throw new FieldProblem("title", "Size");
        }
        if (draft.goal() != null && draft.goal().length() > GOAL_MAX) {
            throw new FieldProblem("goal", "Size");
        }
        if (draft.periodFrom() == null) {
            throw new FieldProblem("periodFrom", "NotNull");
        }
        if (draft.periodTo() == null) {
            throw new FieldProblem("periodTo", "NotNull");
        }
        if (draft.periodTo().isBefore(draft.periodFrom())) {
            throw new FieldProblem("periodTo", "roadmap.period.order");
        }
        if (draft.periodFrom().getYear() < 2000
                || draft.periodTo().isAfter(draft.periodFrom().plusYears(10))) {
            throw new FieldProblem("periodTo", "roadmap.period.range");
        }
        if (draft.table() == null || draft.table().isBlank()) {
            throw new FieldProblem("table", "NotBlank");
        }
        if (draft.table().length() > TABLE_MAX) {
            throw new FieldProblem("table", "Size");
        }
        RoadmapTable.Parsed parsed = read(draft);
        // a table whose header nobody recognized is previewed with its columns to map, not refused
        if (parsed.items().isEmpty() && !parsed.needsMapping()) {
            throw new FieldProblem("table", "roadmap.import.noTable");
        }
        if (parsed.rows().size() > MAX_LINES) {
            throw new FieldProblem("table", "roadmap.import.tooManyLines", MAX_LINES);
        }
        return new Checked(owner, parsed);
    }

    /**
     * The table read with the author's mapping, unless it was made for another header (the text
     * changed since): then with the recognized columns and a note that the mapping was dropped.
     */
    private static RoadmapTable.Parsed read(RoadmapDraft draft) {
        RoadmapTable.Parsed parsed = RoadmapTable.parse(draft.table(), draft.columns());
        if (draft.columns().isEmpty()
                || draft.mappedHeader() == null
                || draft.mappedHeader().equals(headerKey(parsed.header()))) {
            return parsed;
        }
        RoadmapTable.Parsed recognized = RoadmapTable.parse(draft.table());
        List<RoadmapTable.Problem> dropped = List.of(new RoadmapTable.Problem(HEADER_CHANGED, null));
        return new RoadmapTable.Parsed(
                recognized.header(),
                recognized.samples(),
                recognized.columns(),
                recognized.rows(),
                recognized.problems(),
                dropped,
                recognized.recognized());
    }

    /**
     * The header a mapping is made for, as the form posts it back: cells joined by tabs, line breaks
     * within a cell as spaces (a browser would send them back as CR LF).
     */
    public static String headerKey(List<String> header) {
        return String.join("\t", header).replace('\n', ' ');
    }

    /** The mapping was made for another header than the table has now; it is dropped, not refused. */
    public static final String HEADER_CHANGED = "roadmap.mapping.headerChanged";

    private List<RoadmapLine> lines(RoadmapTable.Parsed parsed, LocalDate from, LocalDate to) {
        List<RoadmapLine> lines = new ArrayList<>();
        for (RoadmapTable.Row row : parsed.rows()) {
            int position = lines.size() + 1;
            if (row instanceof RoadmapTable.Section s) {
                lines.add(line(position, true, s.number(), null, s.title(), "", null, "", "", "", from, to));
            } else if (row instanceof RoadmapTable.Item i) {
                lines.add(line(
                        position,
                        false,
                        i.number(),
                        i.section(),
                        i.activity(),
                        i.deadline(),
                        null,
                        i.responsible(),
                        i.result(),
                        i.coExecutors(),
                        from,
                        to));
            }
        }
        return lines;
    }

    private RoadmapLine line(
            int position,
            boolean section,
            String number,
            String sectionNumber,
            String activity,
            String deadline,
            String corrected,
            String responsible,
            String result,
            String coExecutors,
            LocalDate from,
            LocalDate to) {
        if (section) {
            return new RoadmapLine(position, true, number, null, activity, "", null, "", "", null, List.of(), "");
        }
        Deadline read = deadlines.interpret(corrected != null ? corrected : deadline);
        return new RoadmapLine(
                position,
                false,
                number,
                sectionNumber,
                activity,
                deadline,
                corrected,
                responsible,
                result,
                read.kind(),
                read.dueDates(from, to),
                coExecutors);
    }
}
