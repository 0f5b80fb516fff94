package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.nastavnik.document.OrderView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracking of a roadmap's due dates: their status and progress, marking a date done, not
 * applicable or back to planned, and its evidence. Read within the caller's scope; changed by those
 * who may keep the owner unit's roadmaps (the responsible person, once the responsible text is linked
 * to people, will be added here).
 */
@Service
@Transactional(readOnly = true)
public class TrackingService {

    public static final int REASON_MAX = 2_000;

    private final RoadmapAccess access;
    private final DueDates dates;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;
    private final ResponsiblePeople responsiblePeople;
    private final OrderEvidence orderEvidence;

    TrackingService(
            RoadmapAccess access,
            DueDates dates,
            EvidenceStore evidence,
            ApplicationEventPublisher events,
            ResponsiblePeople responsiblePeople,
            OrderEvidence orderEvidence) {
        this.access = access;
        this.orderEvidence = orderEvidence;
        this.responsiblePeople = responsiblePeople;
        this.dates = dates;
        this.evidence = evidence;
        this.events = events;
    }

    /** A roadmap's due dates by activity (its position), with progress by section and in all. */
    public record Tracking(
            long roadmapId,
            LocalDate today,
            Map<Integer, List<DueDate>> byPosition,
            Map<String, Progress> bySection,
            Progress total,
            boolean mayMark) {

        /** Whether any date was marked or has evidence: then the roadmap is no longer a mere draft. */
        public boolean anyTracked() {
            return byPosition.values().stream()
                    .flatMap(List::stream)
                    .anyMatch(d ->
                            d.status() == DueStatus.DONE || d.status() == DueStatus.NOT_APPLICABLE || d.evidence() > 0);
        }
    }

    /** One due date with its roadmap, the deadline it came from and its evidence. */
    public record DueDetail(
            DueDate date,
            long roadmapId,
            String roadmapTitle,
            String owner,
            List<Evidence> evidence,
            boolean mayMark) {}

    public Tracking tracking(long roadmapId) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        LocalDate today = access.today();
        List<DueDate> all = dates.ofRoadmap(roadmapId, today);
        Map<Integer, List<DueDate>> byPosition =
                all.stream().collect(Collectors.groupingBy(DueDate::position, TreeMap::new, Collectors.toList()));
        Map<String, Progress> bySection = new LinkedHashMap<>();
        all.stream()
                .filter(d -> d.sectionNumber() != null)
                .collect(Collectors.groupingBy(DueDate::sectionNumber, LinkedHashMap::new, Collectors.toList()))
                .forEach((section, ofSection) -> bySection.put(section, Progress.of(ofSection, today)));
        return new Tracking(
                roadmapId, today, byPosition, bySection, Progress.of(all, today), access.mayEdit(header.ownerPath()));
    }

    public DueDetail date(long dueId) {
        Located located = locate(dueId);
        DueDate date = located.date();
        RoadmapAccess.Header header = located.header();
        return new DueDetail(
                date,
                header.id(),
                header.title(),
                header.owner(),
                evidence.of(dueId),
                mayMark(header, date.position()));
    }

    /**
     * Marks the date done, not applicable (with a reason) or planned again; refuses with {@link
     * ConcurrentChangeException} when somebody changed it since the caller read {@code version}.
     */
    @Transactional
    public DueDate mark(long dueId, DueStatus status, String reason, Long version) {
        Located located = locate(dueId);
        DueDate date = located.date();
        RoadmapAccess.Header header = located.header();
        requireMark(header, date.position());
        String stored = storedReason(status, reason, version);
        if (!dates.updateStatus(dueId, version, status, stored, access.actor())) {
            throw new ConcurrentChangeException("due date", dueId);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        if (stored != null) {
            after.put("reason", stored);
        }
        events.publishEvent(new ChangeRecorded(
                "roadmap_due",
                dueId,
                header.ownerPath(),
                "mark",
                Map.of("status", date.status().name()),
                after));
        return dates.find(dueId, access.today()).orElseThrow();
    }

    /**
     * Refuses a mark that is not done, not applicable (with a reason) or planned, or without the
     * version read; the reason to store (only for «not applicable»).
     */
    static String storedReason(DueStatus status, String reason, Long version) {
        String why = RussianText.trimToNull(reason);
        List<Violation> problems = new ArrayList<>();
        if (status == null || status == DueStatus.OVERDUE) {
            problems.add(new Violation("status", "roadmap.due.status.invalid"));
        }
        if (status == DueStatus.NOT_APPLICABLE && why == null) {
            problems.add(new Violation("reason", "roadmap.due.reason.required"));
        }
        if (why != null && why.length() > REASON_MAX) {
            problems.add(new Violation("reason", "roadmap.due.reason.tooLong", REASON_MAX));
        }
        if (version == null) {
            problems.add(new Violation("version", "NotNull"));
        }
        FieldProblem.requireNone(problems);
        return status == DueStatus.NOT_APPLICABLE ? why : null;
    }

    @Transactional
    public long addEvidence(long dueId, EvidenceDraft draft) {
        return addEvidence(dueId, draft, null);
    }

    /**
     * Adds evidence of a due date: a link, a note, a file, or an order of the owner unit's registry
     * ({@code orderId}, refused on that field when it is another unit's), with or without the others.
     */
    @Transactional
    public long addEvidence(long dueId, EvidenceDraft draft, Long orderId) {
        Located located = locate(dueId);
        RoadmapAccess.Header header = located.header();
        requireMark(header, located.date().position());
        String orderLabel = orderEvidence.label(orderId, header.ownerUnitId());
        if (orderId == null || draft.url() != null || draft.note() != null || draft.content() != null) {
            draft.require();
        }
        long id = evidence.add(dueId, draft, orderId, orderLabel, access.actor());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("dueId", dueId);
        if (draft.url() != null) {
            after.put("url", draft.url());
        }
        if (draft.fileName() != null) {
            after.put("file", draft.fileName());
        }
        if (orderId != null) {
            after.put("orderId", orderId);
        }
        events.publishEvent(new ChangeRecorded("roadmap_evidence", id, header.ownerPath(), "create", Map.of(), after));
        return id;
    }

    /**
     * The orders of the owner unit's registry the caller may attach to the due date; none when the
     * caller may not read that registry (a responsible person without rights over the unit).
     */
    public List<OrderView> orders(long dueId) {
        RoadmapAccess.Header header = locate(dueId).header();
        try {
            return orderEvidence.of(header.ownerUnitId());
        } catch (ForbiddenException | NotFoundException hidden) {
            return List.of();
        }
    }

    /** An uploaded evidence file; 404 outside the caller's scope. */
    public EvidenceFile file(long evidenceId) {
        EvidenceStore.StoredFile file =
                evidence.file(evidenceId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        access.readable(file.roadmapId());
        return new EvidenceFile(file.name(), file.contentType(), file.content());
    }

    /** The content of an evidence file as it was uploaded. */
    public record EvidenceFile(String name, String contentType, byte[] content) {}

    /** A due date with its roadmap. */
    private record Located(DueDate date, RoadmapAccess.Header header) {}

    /**
     * Whether the caller may mark the activity's dates and add evidence: those who keep the owner
     * unit's roadmaps, and the people its responsible text names.
     */
    private boolean mayMark(RoadmapAccess.Header header, int position) {
        return access.mayEdit(header.ownerPath())
                || responsiblePeople.isResponsible(header.id(), position, access.personId());
    }

    private void requireMark(RoadmapAccess.Header header, int position) {
        if (!mayMark(header, position)) {
            throw new ForbiddenException("mark roadmap dates");
        }
    }

    /**
     * The due date and its roadmap; 404 when there is none or it lies outside the caller's scope,
     * unless the caller is a person the activity's responsible text names.
     */
    private Located locate(long dueId) {
        DueDate date = dates.find(dueId, access.today()).orElseThrow(() -> new NotFoundException("due date", dueId));
        if (responsiblePeople.isResponsible(date.roadmapId(), date.position(), access.personId())) {
            return new Located(date, access.find(date.roadmapId()).orElseThrow());
        }
        try {
            return new Located(date, access.readable(date.roadmapId()));
        } catch (NotFoundException hidden) {
            throw new NotFoundException("due date", dueId);
        }
    }
}
