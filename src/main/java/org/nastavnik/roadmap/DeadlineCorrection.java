package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author's correction of how an activity's deadline is read: a deadline text (a list of dates is
 * one too) replaces the interpretation of the text as written, and the stored due dates follow. Dates
 * that remain keep their status and evidence; a correction that would remove a date already marked
 * or with evidence is refused (see docs/decisions.md). A blank text returns to the deadline as written.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineCorrection {

    public static final int TEXT_MAX = 2_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final RoadmapAccess access;
    private final DueDates dates;
    private final ApplicationEventPublisher events;
    private final LineHistory history;
    private final DeadlineInterpreter interpreter = DeadlineInterpreter.standard();

    DeadlineCorrection(
            JdbcClient jdbc,
            RoadmapAccess access,
            DueDates dates,
            ApplicationEventPublisher events,
            LineHistory history) {
        this.jdbc = jdbc;
        this.history = history;
        this.access = access;
        this.dates = dates;
        this.events = events;
    }

    /** An activity as the correction form shows it. */
    public record Item(
            long roadmapId,
            String roadmapTitle,
            int position,
            String number,
            String activity,
            String deadline,
            String corrected,
            List<DueDate> dates) {}

    /** The activity for the correction form; 404 outside scope, 403 for a reader who may not keep it. */
    public Item item(long roadmapId, int position) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        access.requireEdit(header.ownerPath());
        return jdbc.sql("select number, activity, deadline, corrected_deadline from roadmap_line"
                        + " where roadmap_id = ? and position = ? and not section")
                .params(roadmapId, position)
                .query((rs, n) -> new Item(
                        roadmapId,
                        header.title(),
                        position,
                        rs.getString("number"),
                        rs.getString("activity"),
                        rs.getString("deadline"),
                        rs.getString("corrected_deadline"),
                        dates.ofItem(roadmapId, position, access.today())))
                .optional()
                .orElseThrow(() -> new NotFoundException("roadmap item", roadmapId + "/" + position));
    }

    @Transactional
    public void correct(long roadmapId, int position, String text) {
        Item item = item(roadmapId, position);
        RoadmapAccess.Header header = access.readable(roadmapId);
        String corrected = RussianText.trimToNull(text);
        if (corrected != null && corrected.length() > TEXT_MAX) {
            throw new FieldProblem("text", "roadmap.correction.tooLong", TEXT_MAX);
        }
        Deadline read = interpreter.interpret(corrected != null ? corrected : item.deadline());
        if (corrected != null && !read.understood()) {
            throw new FieldProblem("text", "roadmap.correction.notUnderstood");
        }
        List<LocalDate> wanted = read.dueDates(header.periodFrom(), header.periodTo());
        List<LocalDate> outside = wanted.stream()
                .filter(d -> d.isBefore(header.periodFrom()) || d.isAfter(header.periodTo()))
                .toList();
        if (corrected != null && !outside.isEmpty()) {
            throw new FieldProblem("text", "roadmap.correction.outsidePeriod", format(outside));
        }
        jdbc.sql("update roadmap_line set corrected_deadline = ?, version = version + 1"
                        + " where roadmap_id = ? and position = ?")
                .params(corrected, roadmapId, position)
                .update();
        follow(roadmapId, position, item.dates(), wanted, "text");
        history.record(roadmapId, position, LineField.CORRECTED_DEADLINE, item.corrected(), corrected, access.actor());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("position", position);
        before.put("deadline", item.corrected() != null ? item.corrected() : item.deadline());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("position", position);
        after.put("deadline", corrected != null ? corrected : item.deadline());
        after.put("dates", format(wanted));
        events.publishEvent(new ChangeRecorded("roadmap", roadmapId, header.ownerPath(), "correct", before, after));
    }

    /**
     * Makes the stored due dates of an activity those its deadline now yields: dates that remain keep
     * their row, status and evidence, new ones are added; refuses, beside {@code field}, to remove a
     * date marked done or not applicable or with evidence.
     */
    void follow(long roadmapId, int position, List<DueDate> current, List<LocalDate> wanted, String field) {
        DueMerge merge = DueMerge.of(current, wanted);
        List<DueDate> tracked = merge.tracked();
        if (!tracked.isEmpty()) {
            List<LocalDate> dated =
                    tracked.stream().filter(DueDate::dated).map(DueDate::dueOn).toList();
            throw dated.isEmpty()
                    ? new FieldProblem(field, "roadmap.correction.removesUndated")
                    : new FieldProblem(field, "roadmap.correction.removesTracked", format(dated));
        }
        dates.delete(merge.removed().stream().map(DueDate::id).toList());
        if (!merge.added().isEmpty() || merge.addUndated()) {
            dates.insert(roadmapId, Map.of(position, merge.added()));
        }
    }

    private static String format(List<LocalDate> dates) {
        return dates.stream().map(DATE::format).collect(Collectors.joining(", "));
    }
}
