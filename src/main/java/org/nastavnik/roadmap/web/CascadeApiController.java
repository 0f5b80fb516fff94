package org.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.nastavnik.roadmap.CascadeExport;
import org.nastavnik.roadmap.CascadeFilter;
import org.nastavnik.roadmap.CascadeMatrices;
import org.nastavnik.roadmap.CascadeMatrix;
import org.nastavnik.roadmap.CascadeService;
import org.nastavnik.roadmap.DueStatus;
import org.nastavnik.roadmap.EvidenceDraft;
import org.nastavnik.roadmap.Fulfilment;
import org.nastavnik.roadmap.Requirement;
import org.nastavnik.roadmap.RequirementDraft;
import org.nastavnik.roadmap.RequirementKind;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapTemplates;
import org.nastavnik.roadmap.RoadmapView;
import org.nastavnik.roadmap.TrackingService;
import org.nastavnik.structure.UnitType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The cascade and the templates in the JSON API: the same services and scope as the pages. */
@RestController
@Tag(name = "roadmap cascade", description = "Activities required of organizations, their fulfilment, templates")
class CascadeApiController {

    private final CascadeService cascade;
    private final CascadeMatrices matrices;
    private final CascadeExport export;
    private final RoadmapTemplates templates;
    private final RoadmapService roadmaps;

    CascadeApiController(
            CascadeService cascade,
            CascadeMatrices matrices,
            CascadeExport export,
            RoadmapTemplates templates,
            RoadmapService roadmaps) {
        this.cascade = cascade;
        this.matrices = matrices;
        this.export = export;
        this.templates = templates;
        this.roadmaps = roadmaps;
    }

    record RequirementRequest(LocalDate dueOn, List<UnitType> types, RequirementKind kind, Long version) {}

    record WithdrawalRequest(@Size(max = TrackingService.REASON_MAX) String reason, Long version) {}

    record MarkRequest(DueStatus status, @Size(max = TrackingService.REASON_MAX) String reason, Long version) {}

    record EvidenceRequest(
            @Size(max = EvidenceDraft.URL_MAX) String url,
            @Size(max = EvidenceDraft.NOTE_MAX) String note,
            Long orderId) {}

    record FromTemplateRequest(
            Long ownerUnitId, String template, String title, LocalDate periodFrom, LocalDate periodTo) {}

    record TemplateFlag(Boolean template, Long version) {}

    @GetMapping("/api/v1/roadmaps/cascade")
    @Operation(
            summary = "The matrix of organizations × required activities in the caller's scope, every row unless"
                    + " a page (100 rows) is asked for; cells are null where an activity is not required of"
                    + " the organization")
    CascadeMatrix matrix(
            @RequestParam(required = false) Long roadmapId,
            @RequestParam(required = false) Long municipalityId,
            @RequestParam(required = false) UnitType type,
            @RequestParam(defaultValue = "false") boolean lateOnly,
            @RequestParam(defaultValue = "false") boolean withdrawn,
            @RequestParam(required = false) Integer page) {
        return matrices.matrix(new CascadeFilter(roadmapId, municipalityId, type, lateOnly, withdrawn, page));
    }

    @GetMapping("/api/v1/roadmaps/cascade/export.xlsx")
    @Operation(
            summary = "The matrix as an .xlsx file with the same filters: an organization a row, the status (in"
                    + " Russian) and an evidence summary per requirement, the overdue cells highlighted")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) Long roadmapId,
            @RequestParam(required = false) Long municipalityId,
            @RequestParam(required = false) UnitType type,
            @RequestParam(defaultValue = "false") boolean lateOnly,
            @RequestParam(defaultValue = "false") boolean withdrawn) {
        return ExportController.download(
                export.export(new CascadeFilter(roadmapId, municipalityId, type, lateOnly, withdrawn, null)));
    }

    @PostMapping("/api/v1/roadmap-requirements/{id}/withdraw")
    @Operation(
            summary = "Withdraws a requirement with a reason: it leaves the matrix (see withdrawn=true) while the"
                    + " organizations' fulfilments and evidence are kept; the version read is needed (409 when"
                    + " stale), a withdrawn one is refused (422)")
    Requirement withdraw(@PathVariable long id, @Valid @RequestBody WithdrawalRequest request) {
        return cascade.withdraw(id, request.reason(), request.version());
    }

    @PostMapping("/api/v1/roadmap-requirements/{id}/restore")
    @Operation(summary = "Restores a withdrawn requirement as it was, with the version read (409 when stale)")
    Requirement restore(@PathVariable long id, @RequestBody WithdrawalRequest request) {
        return cascade.restore(id, request.version());
    }

    @GetMapping("/api/v1/roadmaps/{id}/requirements")
    @Operation(summary = "The activities of a roadmap required of organizations")
    List<Requirement> requirements(@PathVariable long id) {
        return List.copyOf(cascade.requirements(id).values());
    }

    @PutMapping("/api/v1/roadmaps/{id}/items/{position}/requirement")
    @Operation(
            summary = "Requires an activity of a region's or municipality's roadmap of every educational"
                    + " organization under it (types: only these), by dueOn; kind ROADMAP counts an approved"
                    + " roadmap of the organization as done. The version is needed to change one (409)")
    Requirement require(@PathVariable long id, @PathVariable int position, @RequestBody RequirementRequest request) {
        return cascade.require(
                id,
                position,
                new RequirementDraft(request.dueOn(), request.types(), request.kind(), request.version()));
    }

    @GetMapping("/api/v1/roadmap-requirements/{id}/organizations/{organizationId}")
    @Operation(summary = "An organization's fulfilment of a requirement with its evidence")
    Fulfilment fulfilment(@PathVariable long id, @PathVariable long organizationId) {
        return cascade.fulfilment(id, organizationId);
    }

    @PostMapping("/api/v1/roadmap-requirements/{id}/organizations/{organizationId}/status")
    @Operation(
            summary = "Marks an organization's fulfilment DONE, NOT_APPLICABLE (with a reason) or PLANNED;"
                    + " version 0 before anything was recorded; 409 when it changed since")
    Fulfilment mark(@PathVariable long id, @PathVariable long organizationId, @Valid @RequestBody MarkRequest request) {
        return cascade.mark(id, organizationId, request.status(), request.reason(), request.version());
    }

    @PostMapping("/api/v1/roadmap-requirements/{id}/organizations/{organizationId}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a link, a note and/or an order of the organization's registry (orderId) as evidence")
    Fulfilment addEvidence(
            @PathVariable long id, @PathVariable long organizationId, @Valid @RequestBody EvidenceRequest request) {
        cascade.addEvidence(id, organizationId, EvidenceDraft.link(request.url(), request.note()), request.orderId());
        return cascade.fulfilment(id, organizationId);
    }

    @GetMapping("/api/v1/roadmaps/templates")
    @Operation(summary = "The templates offered for a unit whose roadmaps the caller keeps: built-in and municipal")
    List<RoadmapTemplates.Template> templates(@RequestParam long unitId) {
        return templates.templates(unitId);
    }

    @PostMapping("/api/v1/roadmaps/from-template")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Creates a draft roadmap of the unit from a template (\"school\" or a template roadmap's id);"
                    + " title and period default to the template's and the current academic year")
    RoadmapView fromTemplate(@RequestBody FromTemplateRequest request) {
        if (request.ownerUnitId() == null) {
            throw new org.nastavnik.common.FieldProblem("ownerUnitId", "NotNull");
        }
        long id = templates.create(
                request.ownerUnitId(), request.template(), request.title(), request.periodFrom(), request.periodTo());
        return roadmaps.get(id);
    }

    @PutMapping("/api/v1/roadmaps/{id}/template")
    @Operation(summary = "Marks (or unmarks) a region's or municipality's roadmap as its organizations' template")
    RoadmapView markTemplate(@PathVariable long id, @RequestBody TemplateFlag request) {
        templates.mark(id, Boolean.TRUE.equals(request.template()), request.version());
        return roadmaps.get(id);
    }
}
