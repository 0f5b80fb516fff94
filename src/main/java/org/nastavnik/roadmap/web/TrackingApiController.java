package org.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.nastavnik.roadmap.DeadlineCorrection;
import org.nastavnik.roadmap.DueCalendar;
import org.nastavnik.roadmap.DueDate;
import org.nastavnik.roadmap.DueLists;
import org.nastavnik.roadmap.DueStatus;
import org.nastavnik.roadmap.EvidenceDraft;
import org.nastavnik.roadmap.Progress;
import org.nastavnik.roadmap.TrackingService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The tracking of roadmaps in the JSON API: the same services and scope as the pages. */
@RestController
@Tag(name = "roadmap tracking", description = "Due dates of roadmaps with status, evidence and progress")
class TrackingApiController {

    private final TrackingService tracking;
    private final DeadlineCorrection corrections;
    private final DueLists lists;
    private final DueCalendar calendar;

    TrackingApiController(
            TrackingService tracking, DeadlineCorrection corrections, DueLists lists, DueCalendar calendar) {
        this.tracking = tracking;
        this.corrections = corrections;
        this.lists = lists;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/roadmaps/calendar.ics")
    @Operation(
            summary = "An iCalendar feed (text/calendar) of the planned due dates of the roadmaps in the caller's"
                    + " scope, from 90 days ago to a year ahead: one all-day event per date")
    void calendar(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Long roadmapId,
            HttpServletResponse response)
            throws IOException {
        CalendarController.ics(calendar.feed(new DueLists.Filter(unitId, roadmapId)), "no-store", response);
    }

    /** A roadmap's due dates, in the order of its activities, with progress in all and by section. */
    record RoadmapDueDates(Progress progress, Map<String, Progress> sections, List<DueDate> dates) {}

    record MarkRequest(DueStatus status, @Size(max = TrackingService.REASON_MAX) String reason, Long version) {}

    record EvidenceRequest(
            @Size(max = EvidenceDraft.URL_MAX) String url,
            @Size(max = EvidenceDraft.NOTE_MAX) String note,
            Long orderId) {}

    record CorrectionRequest(@Size(max = DeadlineCorrection.TEXT_MAX) String text) {}

    @GetMapping("/api/v1/roadmaps/{id}/due-dates")
    @Operation(summary = "The due dates of a roadmap with their status (OVERDUE: planned and past) and progress")
    RoadmapDueDates dueDates(@PathVariable long id) {
        TrackingService.Tracking t = tracking.tracking(id);
        return new RoadmapDueDates(
                t.total(),
                t.bySection(),
                t.byPosition().values().stream().flatMap(List::stream).toList());
    }

    @GetMapping("/api/v1/roadmap-due-dates/{id}")
    @Operation(summary = "One due date with its evidence")
    TrackingService.DueDetail dueDate(@PathVariable long id) {
        return tracking.date(id);
    }

    @PostMapping("/api/v1/roadmap-due-dates/{id}/status")
    @Operation(
            summary = "Marks a due date DONE, NOT_APPLICABLE (with a reason) or PLANNED again;"
                    + " 409 when it changed since the version read")
    DueDate mark(@PathVariable long id, @Valid @RequestBody MarkRequest request) {
        return tracking.mark(id, request.status(), request.reason(), request.version());
    }

    @PostMapping("/api/v1/roadmap-due-dates/{id}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Adds a link (http or https), a note and/or an order of the owner unit's registry (orderId)"
                    + " as evidence of a due date; 422 on orderId for another unit's order")
    TrackingService.DueDetail addEvidence(@PathVariable long id, @Valid @RequestBody EvidenceRequest request) {
        tracking.addEvidence(id, EvidenceDraft.link(request.url(), request.note()), request.orderId());
        return tracking.date(id);
    }

    @PutMapping("/api/v1/roadmaps/{id}/items/{position}/deadline")
    @Operation(
            summary = "Corrects how an activity's deadline is read (blank: as written); dates already marked"
                    + " or with evidence cannot be removed (422)")
    List<DueDate> correct(
            @PathVariable long id, @PathVariable int position, @Valid @RequestBody CorrectionRequest request) {
        corrections.correct(id, position, request.text());
        return corrections.item(id, position).dates();
    }

    @GetMapping("/api/v1/roadmap-due-dates/overdue")
    @Operation(summary = "Planned due dates before today of the roadmaps in the caller's scope")
    List<DueLists.Entry> overdue(
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long roadmapId) {
        return lists.overdue(new DueLists.Filter(unitId, roadmapId));
    }

    @GetMapping("/api/v1/roadmap-due-dates/this-week")
    @Operation(summary = "Planned due dates from today to Sunday of the roadmaps in the caller's scope")
    List<DueLists.Entry> thisWeek(
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long roadmapId) {
        return lists.thisWeek(new DueLists.Filter(unitId, roadmapId));
    }
}
