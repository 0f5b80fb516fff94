package org.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.nastavnik.roadmap.RoadmapApproval;
import org.nastavnik.roadmap.RoadmapExport;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapStatus;
import org.nastavnik.roadmap.RoadmapSummary;
import org.nastavnik.roadmap.RoadmapView;
import org.nastavnik.roadmap.StatusChange;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Roadmaps in the JSON API: the same service and scope as the pages. */
@RestController
@Tag(name = "roadmaps", description = "Roadmaps of units with their deadlines as written and as read")
class RoadmapApiController {

    private final RoadmapService roadmaps;
    private final RoadmapApproval approval;
    private final RoadmapExport export;

    RoadmapApiController(RoadmapService roadmaps, RoadmapApproval approval, RoadmapExport export) {
        this.roadmaps = roadmaps;
        this.approval = approval;
        this.export = export;
    }

    @GetMapping("/api/v1/roadmaps/{id}/export.{format:docx|pdf|xlsx}")
    @Operation(
            summary = "The roadmap as a file: DOCX or PDF as approved (approval block, title, table),"
                    + " xlsx with one row per activity, its dates and their status")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format) {
        return ExportController.download(
                export.export(id, RoadmapExport.Format.valueOf(format.toUpperCase(Locale.ROOT))));
    }

    /** A change of status; the order's number and date are needed for APPROVED only. */
    record StatusRequest(
            RoadmapStatus status, String orderNumber, LocalDate orderDate, String approvedBy, Long version) {}

    /** A change of the title and goal; the version read is required (409 when stale). */
    record DescribeRequest(String title, String goal, Long version) {}

    @PutMapping("/api/v1/roadmaps/{id}")
    @Operation(
            summary = "Changes the roadmap's title and goal (the period stays); 409 when the version is stale,"
                    + " 422 naming the field")
    RoadmapView describe(@PathVariable long id, @RequestBody DescribeRequest request) {
        return roadmaps.describe(id, request.version(), request.title(), request.goal());
    }

    @GetMapping("/api/v1/roadmaps")
    @Operation(summary = "The roadmaps of the units in the caller's scope, newest first")
    List<RoadmapSummary> list() {
        return roadmaps.list();
    }

    @GetMapping("/api/v1/roadmaps/{id}")
    @Operation(summary = "One roadmap with its sections and activities; each deadline with its kind and due dates")
    RoadmapView get(@PathVariable long id) {
        return roadmaps.get(id);
    }

    @PostMapping("/api/v1/roadmaps/{id}/status")
    @Operation(
            summary = "Approves a draft (orderNumber and orderDate, not in the future; approvedBy optional),"
                    + " archives an approved roadmap, or returns it to DRAFT while nothing of it is tracked;"
                    + " 422 for a refused change, 409 when the roadmap changed since the version read")
    RoadmapView changeStatus(@PathVariable long id, @RequestBody StatusRequest request) {
        approval.change(
                id,
                new StatusChange(
                        request.status(),
                        request.orderNumber(),
                        request.orderDate(),
                        request.approvedBy(),
                        request.version()));
        return roadmaps.get(id);
    }
}
