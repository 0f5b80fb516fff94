package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval of a roadmap by an order and its later life: draft → approved (with the order's
 * number and a date not in the future) → archived, and approved → draft while nothing of it has been
 * tracked (no due date marked, no evidence), to correct a roadmap approved by mistake. Changed by
 * those who may keep the owner unit's roadmaps; a change made meanwhile by somebody else is refused
 * with {@link ConcurrentChangeException}.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapApproval {

    private final JdbcClient jdbc;
    private final RoadmapAccess access;
    private final ApplicationEventPublisher events;

    RoadmapApproval(JdbcClient jdbc, RoadmapAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    /** Whether anything of the roadmap was tracked: a due date marked or given evidence. */
    boolean tracked(long roadmapId) {
        return jdbc.sql("select exists (select 1 from roadmap_due d where d.roadmap_id = ? and (d.status <> 'PLANNED'"
                        + " or exists (select 1 from roadmap_evidence e where e.due_id = d.id)))")
                .param(roadmapId)
                .query(Boolean.class)
                .single();
    }

    /** Moves the roadmap to the status asked for; 404 outside the caller's scope, 403 for readers. */
    @Transactional
    public void change(long roadmapId, StatusChange change) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        access.requireEdit(header.ownerPath());
        RoadmapStatus from = RoadmapStatus.valueOf(header.status());
        RoadmapStatus to = change.status();
        List<Violation> problems = new ArrayList<>();
        if (to == null || !from.mayBecome(to)) {
            problems.add(new Violation("status", "roadmap.approval.transition." + from));
        } else if (to == RoadmapStatus.APPROVED) {
            problems.addAll(checkBasis(change));
        } else if (to == RoadmapStatus.DRAFT && tracked(roadmapId)) {
            problems.add(new Violation("status", "roadmap.approval.tracked"));
        }
        if (change.version() == null) {
            problems.add(new Violation("version", "NotNull"));
        }
        FieldProblem.requireNone(problems);
        // archiving or withdrawing keeps the order as it was: the record of what approved the roadmap
        int updated = jdbc.sql("update roadmap set status = ?,"
                        + " order_number = coalesce(?, order_number), order_date = coalesce(?, order_date),"
                        + " approved_by = case when ? then ? else approved_by end,"
                        + " status_changed_by = ?, status_changed_at = now(), version = version + 1"
                        + " where id = ? and version = ?")
                .params(
                        to.name(),
                        change.orderNumber(),
                        change.orderDate(),
                        to == RoadmapStatus.APPROVED,
                        change.approvedBy(),
                        access.actor(),
                        roadmapId,
                        change.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("roadmap", roadmapId);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        if (to == RoadmapStatus.APPROVED) {
            after.put("orderNumber", change.orderNumber());
            after.put("orderDate", change.orderDate().toString());
            events.publishEvent(new RoadmapApproved(
                    roadmapId, header.ownerUnitId(), header.ownerPath(), change.orderNumber(), change.orderDate()));
        }
        events.publishEvent(new ChangeRecorded(
                "roadmap", roadmapId, header.ownerPath(), "status", Map.of("status", from.name()), after));
    }

    private List<Violation> checkBasis(StatusChange change) {
        List<Violation> problems = new ArrayList<>();
        if (change.orderNumber() == null) {
            problems.add(new Violation("orderNumber", "roadmap.approval.number.required"));
        } else if (change.orderNumber().length() > RoadmapBasis.NUMBER_MAX) {
            problems.add(new Violation("orderNumber", "roadmap.approval.number.tooLong"));
        }
        LocalDate date = change.orderDate();
        if (date == null) {
            problems.add(new Violation("orderDate", "roadmap.approval.date.required"));
        } else if (date.isAfter(access.today())) {
            problems.add(new Violation("orderDate", "roadmap.approval.date.future"));
        } else if (date.getYear() < 2000) {
            problems.add(new Violation("orderDate", "roadmap.approval.date.tooEarly"));
        }
        if (change.approvedBy() != null && change.approvedBy().length() > RoadmapBasis.APPROVED_BY_MAX) {
            problems.add(new Violation("approvedBy", "roadmap.approval.approvedBy.tooLong"));
        }
        return problems;
    }
}
