package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One activity of a roadmap: read with its history within the caller's scope, edited by those who
 * keep the owner unit's roadmaps. Every changed field is kept as history (who, when, before, after);
 * an edit names the version read and is refused when the line changed since. A new deadline text
 * moves the stored due dates as a correction does, never dropping a date that was marked or has
 * evidence; while the author's correction stands, it keeps deciding the dates.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapLines {

    public static final int TEXT_MAX = 4_000;
    /** The longest item number as written («2.1.3.»), as the table keeps it. */
    public static final int NUMBER_MAX = 30;

    private final JdbcClient jdbc;
    private final RoadmapAccess access;
    private final DueDates dates;
    private final LineHistory history;
    private final DeadlineCorrection corrections;
    private final ApplicationEventPublisher events;
    private final ResponsiblePeople responsiblePeople;
    private final DeadlineInterpreter interpreter = DeadlineInterpreter.standard();

    RoadmapLines(
            JdbcClient jdbc,
            RoadmapAccess access,
            DueDates dates,
            LineHistory history,
            DeadlineCorrection corrections,
            ApplicationEventPublisher events,
            ResponsiblePeople responsiblePeople) {
        this.jdbc = jdbc;
        this.responsiblePeople = responsiblePeople;
        this.access = access;
        this.dates = dates;
        this.history = history;
        this.corrections = corrections;
        this.events = events;
    }

    /** The stored texts of an activity. */
    private record Stored(
            String number,
            String sectionNumber,
            String activity,
            String deadline,
            String corrected,
            String responsible,
            String result,
            String coExecutors,
            long version) {}

    /** The activity at this position; 404 outside the caller's scope or for a section. */
    public LineDetail line(long roadmapId, int position) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        Stored line = stored(roadmapId, position);
        Deadline read = interpreter.interpret(line.corrected() != null ? line.corrected() : line.deadline());
        return new LineDetail(
                roadmapId,
                header.title(),
                header.owner(),
                header.status(),
                position,
                line.number(),
                line.sectionNumber(),
                line.activity(),
                line.deadline(),
                line.corrected(),
                read.kind(),
                line.responsible(),
                responsiblePeople.of(roadmapId, position).stream()
                        .map(p -> new LineDetail.ResponsiblePerson(p.personId(), p.fullName()))
                        .sorted(Comparator.comparing(LineDetail.ResponsiblePerson::fullName))
                        .toList(),
                line.result(),
                line.coExecutors(),
                line.version(),
                dates.ofItem(roadmapId, position, access.today()),
                history.of(roadmapId, position),
                access.mayKeep(header));
    }

    /** The changes of an activity, newest first. */
    public List<LineChange> history(long roadmapId, int position) {
        access.readable(roadmapId);
        stored(roadmapId, position);
        return history.of(roadmapId, position);
    }

    /**
     * Saves the activity's texts as edited; 422 for a broken rule (all at once), 409 when the line
     * changed since the version read, 403 for a reader who may not keep the roadmap.
     */
    @Transactional
    public void edit(long roadmapId, int position, LineEdit edit) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        access.requireEdit(header.ownerPath());
        Stored before = stored(roadmapId, position);
        String activity = text(edit.activity());
        String deadline = text(edit.deadline());
        String responsible = text(edit.responsible());
        String result = text(edit.result());
        String coExecutors = text(edit.coExecutors());
        List<Violation> problems = check(header, "status", activity, deadline, responsible, result, coExecutors);
        if (edit.version() == null) {
            problems.add(new Violation("version", "NotNull"));
        }
        FieldProblem.requireNone(problems);
        if (edit.version() != before.version()) {
            throw new ConcurrentChangeException("roadmap line", roadmapId + "/" + position);
        }
        boolean changed = jdbc.sql("update roadmap_line set activity = ?, deadline = ?, responsible = ?, result = ?,"
                                + " co_executors = ?, version = version + 1"
                                + " where roadmap_id = ? and position = ? and version = ?")
                        .params(
                                activity,
                                deadline,
                                responsible,
                                result,
                                coExecutors,
                                roadmapId,
                                position,
                                edit.version())
                        .update()
                == 1;
        if (!changed) {
            throw new ConcurrentChangeException("roadmap line", roadmapId + "/" + position);
        }
        if (!deadline.equals(before.deadline()) && before.corrected() == null) {
            List<LocalDate> wanted = interpreter.interpret(deadline).dueDates(header.periodFrom(), header.periodTo());
            corrections.follow(
                    roadmapId, position, dates.ofItem(roadmapId, position, access.today()), wanted, "deadline");
        }
        if (!responsible.equals(before.responsible())) {
            responsiblePeople.link(roadmapId, header.ownerPath(), Map.of(position, responsible), access.today());
        }
        String actor = access.actor();
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        change(roadmapId, position, LineField.ACTIVITY, before.activity(), activity, actor, was, now);
        change(roadmapId, position, LineField.DEADLINE, before.deadline(), deadline, actor, was, now);
        change(roadmapId, position, LineField.RESPONSIBLE, before.responsible(), responsible, actor, was, now);
        change(roadmapId, position, LineField.RESULT, before.result(), result, actor, was, now);
        change(roadmapId, position, LineField.CO_EXECUTORS, before.coExecutors(), coExecutors, actor, was, now);
        if (!now.isEmpty()) {
            was.put("position", position);
            now.put("position", position);
            events.publishEvent(new ChangeRecorded("roadmap", roadmapId, header.ownerPath(), "edit", was, now));
        }
    }

    /**
     * Adds an activity after the line at {@code after} (at the end when null), in the section that
     * line is in, as the roadmap's next position; its deadline is read within the roadmap's period and
     * its dates tracked, its responsible people linked, and its texts recorded as its first history.
     * 422 for a broken rule (all at once), 403 for a reader who may not keep the roadmap. Returns the
     * new line's position.
     */
    @Transactional
    public int add(long roadmapId, LineDraft draft) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        access.requireEdit(header.ownerPath());
        // one addition at a time per roadmap: the next position and the order are read under this lock
        jdbc.sql("select id from roadmap where id = ? for update")
                .param(roadmapId)
                .query(Long.class)
                .single();
        String number = text(draft.number());
        String activity = text(draft.activity());
        String deadline = text(draft.deadline());
        String responsible = text(draft.responsible());
        String result = text(draft.result());
        String coExecutors = text(draft.coExecutors());
        List<Violation> problems = check(header, "activity", activity, deadline, responsible, result, coExecutors);
        tooLong(problems, "number", number, NUMBER_MAX);
        Place place = place(roadmapId, draft.after());
        if (place == null) {
            problems.add(new Violation("after", "roadmap.line.noSuchPlace"));
        }
        FieldProblem.requireNone(problems);
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from roadmap_line where roadmap_id = ?")
                .param(roadmapId)
                .query(Integer.class)
                .single();
        jdbc.sql("update roadmap_line set ordinal = ordinal + 1 where roadmap_id = ? and ordinal > ?")
                .params(roadmapId, place.ordinal())
                .update();
        jdbc.sql("insert into roadmap_line (roadmap_id, position, section, number, section_number, activity,"
                        + " deadline, responsible, result, co_executors, ordinal)"
                        + " values (?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        roadmapId,
                        position,
                        number.isEmpty() ? null : number,
                        place.section(),
                        activity,
                        deadline,
                        responsible,
                        result,
                        coExecutors,
                        place.ordinal() + 1)
                .update();
        dates.insert(
                roadmapId,
                Map.of(position, interpreter.interpret(deadline).dueDates(header.periodFrom(), header.periodTo())));
        responsiblePeople.link(roadmapId, header.ownerPath(), Map.of(position, responsible), access.today());
        String actor = access.actor();
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        change(roadmapId, position, LineField.ACTIVITY, "", activity, actor, was, now);
        change(roadmapId, position, LineField.DEADLINE, "", deadline, actor, was, now);
        change(roadmapId, position, LineField.RESPONSIBLE, "", responsible, actor, was, now);
        change(roadmapId, position, LineField.RESULT, "", result, actor, was, now);
        change(roadmapId, position, LineField.CO_EXECUTORS, "", coExecutors, actor, was, now);
        now.put("position", position);
        now.put("number", number);
        events.publishEvent(new ChangeRecorded("roadmap", roadmapId, header.ownerPath(), "addLine", Map.of(), now));
        return position;
    }

    /**
     * Where a new activity would go, for its form: the roadmap and the line it would follow (null
     * number and activity: at the end). 403 for a reader who may not keep the roadmap or when it is
     * archived; 404 for a line the roadmap does not have.
     */
    public record NewLinePlace(long roadmapId, String roadmapTitle, String afterNumber, String afterActivity) {}

    public NewLinePlace newLinePlace(long roadmapId, Integer after) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        if (!access.mayKeep(header)) {
            throw new ForbiddenException("add activities");
        }
        if (after == null) {
            return new NewLinePlace(roadmapId, header.title(), null, null);
        }
        return jdbc.sql("select number, activity from roadmap_line where roadmap_id = ? and position = ?")
                .params(roadmapId, after)
                .query((rs, n) ->
                        new NewLinePlace(roadmapId, header.title(), rs.getString("number"), rs.getString("activity")))
                .optional()
                .orElseThrow(() -> new NotFoundException("roadmap line", roadmapId + "/" + after));
    }

    /** Where a new line goes: the order it follows and the section it joins. */
    private record Place(int ordinal, String section) {}

    /** After the line at this position (null: after the last line); null for a position not in the roadmap. */
    private Place place(long roadmapId, Integer after) {
        String which = after == null ? " order by ordinal desc limit 1" : " and position = ?";
        List<Object> params = new ArrayList<>(List.of(roadmapId));
        if (after != null) {
            params.add(after);
        }
        return jdbc.sql("select ordinal, section, number, section_number from roadmap_line where roadmap_id = ?"
                        + which)
                .params(params)
                .query((rs, n) -> new Place(
                        rs.getInt("ordinal"),
                        rs.getBoolean("section") ? rs.getString("number") : rs.getString("section_number")))
                .optional()
                .orElse(after == null ? new Place(0, null) : null);
    }

    private void change(
            long roadmapId,
            int position,
            LineField field,
            String before,
            String after,
            String actor,
            Map<String, Object> was,
            Map<String, Object> now) {
        if (before.equals(after)) {
            return;
        }
        history.record(roadmapId, position, field, before, after, actor);
        was.put(field.name(), before);
        now.put(field.name(), after);
    }

    /**
     * What is wrong with an activity's texts, all at once; an archived roadmap is refused on {@code
     * archivedField}.
     */
    private static List<Violation> check(
            RoadmapAccess.Header header,
            String archivedField,
            String activity,
            String deadline,
            String responsible,
            String result,
            String coExecutors) {
        List<Violation> problems = new ArrayList<>();
        if (RoadmapStatus.ARCHIVED.name().equals(header.status())) {
            problems.add(new Violation(archivedField, "roadmap.line.archived"));
        }
        if (activity.isEmpty()) {
            problems.add(new Violation("activity", "NotBlank"));
        }
        tooLong(problems, "activity", activity, TEXT_MAX);
        tooLong(problems, "deadline", deadline, DeadlineCorrection.TEXT_MAX);
        tooLong(problems, "responsible", responsible, TEXT_MAX);
        tooLong(problems, "result", result, TEXT_MAX);
        tooLong(problems, "coExecutors", coExecutors, TEXT_MAX);
        return problems;
    }

    private static void tooLong(List<Violation> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(new Violation(field, "roadmap.line.tooLong", max));
        }
    }

    /** The text as stored: trimmed, line breaks kept, blank as empty. */
    private static String text(String value) {
        String trimmed = RussianText.trimToNull(value);
        return trimmed == null ? "" : trimmed;
    }

    private Stored stored(long roadmapId, int position) {
        return jdbc.sql("select number, section_number, activity, deadline, corrected_deadline, responsible, result,"
                        + " co_executors, version from roadmap_line where roadmap_id = ? and position = ?"
                        + " and not section")
                .params(roadmapId, position)
                .query((rs, n) -> new Stored(
                        rs.getString("number"),
                        rs.getString("section_number"),
                        rs.getString("activity"),
                        rs.getString("deadline"),
                        rs.getString("corrected_deadline"),
                        rs.getString("responsible"),
                        rs.getString("result"),
                        rs.getString("co_executors"),
                        rs.getLong("version")))
                .optional()
                .orElseThrow(() -> new NotFoundException("roadmap item", roadmapId + "/" + position));
    }
}
