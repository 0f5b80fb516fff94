package org.nastavnik.roadmap.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.common.web.Submission;
import org.nastavnik.roadmap.CascadeExport;
import org.nastavnik.roadmap.CascadeFilter;
import org.nastavnik.roadmap.CascadeMatrices;
import org.nastavnik.roadmap.CascadeMatrix;
import org.nastavnik.roadmap.CascadeService;
import org.nastavnik.roadmap.EvidenceDraft;
import org.nastavnik.roadmap.Fulfilment;
import org.nastavnik.roadmap.Requirement;
import org.nastavnik.roadmap.RequirementDraft;
import org.nastavnik.roadmap.RequirementKind;
import org.nastavnik.roadmap.RoadmapLine;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapView;
import org.nastavnik.structure.UnitType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cascade in pages: requiring an activity of a higher roadmap of the organizations, the matrix
 * of organizations × requirements (100 rows a page, the next pages appended with htmx), and an
 * organization's fulfilment with its status and evidence.
 */
@Controller
class CascadeController {

    private final CascadeService cascade;
    private final CascadeMatrices matrices;
    private final CascadeExport export;
    private final RoadmapService roadmaps;

    CascadeController(CascadeService cascade, CascadeMatrices matrices, CascadeExport export, RoadmapService roadmaps) {
        this.cascade = cascade;
        this.matrices = matrices;
        this.export = export;
        this.roadmaps = roadmaps;
    }

    @GetMapping("/roadmaps/cascade")
    String matrix(
            @RequestParam(required = false) Long roadmap,
            @RequestParam(required = false) Long municipality,
            @RequestParam(required = false) UnitType type,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(defaultValue = "false") boolean withdrawn,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CascadeMatrix matrix = matrices.matrix(new CascadeFilter(roadmap, municipality, type, late, withdrawn, page));
        model.addAttribute("matrix", matrix);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("municipality", municipality);
        model.addAttribute("type", type);
        model.addAttribute("late", late);
        model.addAttribute("withdrawn", withdrawn);
        if (htmx != null && page > 0) {
            return "roadmap/cascade :: rows";
        }
        model.addAttribute("municipalities", matrices.municipalities());
        model.addAttribute("types", UnitType.educationalTypes());
        return "roadmap/cascade";
    }

    /** The matrix with the page's filters as an .xlsx file: every row, not one page. */
    @GetMapping("/roadmaps/cascade/export.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) Long roadmap,
            @RequestParam(required = false) Long municipality,
            @RequestParam(required = false) UnitType type,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(defaultValue = "false") boolean withdrawn) {
        return ExportController.download(
                export.export(new CascadeFilter(roadmap, municipality, type, late, withdrawn, null)));
    }

    @GetMapping("/roadmaps/{id}/items/{position}/requirement")
    String requirement(@PathVariable long id, @PathVariable int position, Model model) {
        return requirementPage(id, position, null, model);
    }

    private static RequirementForm formOf(Requirement current) {
        return current == null
                ? new RequirementForm(null, List.of(), false, null)
                : new RequirementForm(
                        current.dueOn(), current.types(), current.kind() == RequirementKind.ROADMAP, current.version());
    }

    /** Withdraws the requirement with the reason given, or restores a withdrawn one. */
    @PostMapping("/roadmaps/{id}/items/{position}/requirement/{action:withdraw|restore}")
    String withdrawOrRestore(
            @PathVariable long id,
            @PathVariable int position,
            @PathVariable String action,
            @Valid @ModelAttribute("withdrawal") WithdrawalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Requirement current = cascade.requirement(id, position);
        return Submission.submit(
                errors,
                model,
                current,
                () -> {
                    if (action.equals("restore")) {
                        cascade.restore(current.id(), form.version());
                    } else {
                        cascade.withdraw(current.id(), form.reason(), form.version());
                    }
                },
                () -> requirementPage(id, position, null, model),
                "/roadmaps/" + id + "#item-" + position,
                redirect);
    }

    @PostMapping("/roadmaps/{id}/items/{position}/requirement")
    String require(
            @PathVariable long id,
            @PathVariable int position,
            @Valid @ModelAttribute("requirement") RequirementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Requirement current = cascade.requirements(id).get(position);
        return Submission.submit(
                errors,
                model,
                current,
                () -> cascade.require(
                        id,
                        position,
                        new RequirementDraft(
                                form.dueOn(),
                                form.types(),
                                Boolean.TRUE.equals(form.roadmap()) ? RequirementKind.ROADMAP : RequirementKind.ACTION,
                                form.version())),
                () -> requirementPage(id, position, form, model),
                "/roadmaps/" + id + "#item-" + position,
                redirect);
    }

    /** @param entered the form as posted, or null for the requirement as it stands */
    private String requirementPage(long id, int position, RequirementForm entered, Model model) {
        if (!cascade.mayRequire(id)) {
            throw new org.nastavnik.common.ForbiddenException("require of organizations");
        }
        RoadmapView roadmap = roadmaps.get(id);
        RoadmapLine line = roadmap.lines().stream()
                .filter(l -> l.position() == position && !l.section())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("roadmap item", position));
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("line", line);
        Requirement existing = cascade.requirements(id).get(position);
        RequirementForm form = entered == null ? formOf(existing) : entered;
        model.addAttribute("existing", existing);
        if (!model.containsAttribute("withdrawal")) {
            model.addAttribute("withdrawal", new WithdrawalForm(null, existing == null ? null : existing.version()));
        }
        if (!model.containsAttribute("requirement")) {
            // a new requirement is proposed for the activity's own first due date
            model.addAttribute(
                    "requirement",
                    form.dueOn() == null
                                    && form.version() == null
                                    && !line.dueDates().isEmpty()
                            ? new RequirementForm(line.dueDates().get(0), form.types(), form.roadmap(), null)
                            : form);
        }
        model.addAttribute("types", UnitType.educationalTypes());
        return "roadmap/requirement";
    }

    @GetMapping("/roadmaps/cascade/{requirementId}/{organizationId}")
    String fulfilment(@PathVariable long requirementId, @PathVariable long organizationId, Model model) {
        Fulfilment fulfilment = cascade.fulfilment(requirementId, organizationId);
        return fulfilmentPage(model, fulfilment, markOf(fulfilment), CascadeEvidenceForm.empty());
    }

    @PostMapping("/roadmaps/cascade/{requirementId}/{organizationId}/status")
    String mark(
            @PathVariable long requirementId,
            @PathVariable long organizationId,
            @Valid @ModelAttribute("mark") MarkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Fulfilment fulfilment = cascade.fulfilment(requirementId, organizationId);
        return Submission.submit(
                errors,
                model,
                fulfilment,
                () -> cascade.mark(requirementId, organizationId, form.status(), form.reason(), form.version()),
                () -> fulfilmentPage(model, fulfilment, form, CascadeEvidenceForm.empty()),
                "/roadmaps/cascade/" + requirementId + "/" + organizationId,
                redirect);
    }

    @PostMapping("/roadmaps/cascade/{requirementId}/{organizationId}/evidence")
    String addEvidence(
            @PathVariable long requirementId,
            @PathVariable long organizationId,
            @RequestParam(required = false) MultipartFile file,
            @Valid @ModelAttribute("evidence") CascadeEvidenceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Fulfilment fulfilment = cascade.fulfilment(requirementId, organizationId);
        EvidenceDraft draft = file == null || file.isEmpty()
                ? EvidenceDraft.link(form.url(), form.note())
                : new EvidenceDraft(
                        form.url(), form.note(), file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return Submission.submit(
                errors,
                model,
                null,
                () -> cascade.addEvidence(requirementId, organizationId, draft, form.orderId()),
                () -> fulfilmentPage(model, fulfilment, markOf(fulfilment), form),
                "/roadmaps/cascade/" + requirementId + "/" + organizationId,
                redirect);
    }

    @GetMapping("/roadmaps/cascade/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return DueDateController.attachment(cascade.file(id));
    }

    private static MarkForm markOf(Fulfilment fulfilment) {
        return new MarkForm(fulfilment.status(), fulfilment.reason(), fulfilment.version());
    }

    private String fulfilmentPage(Model model, Fulfilment fulfilment, MarkForm mark, CascadeEvidenceForm evidence) {
        model.addAttribute("fulfilment", fulfilment);
        if (!model.containsAttribute("mark")) {
            model.addAttribute("mark", mark);
        }
        if (!model.containsAttribute("evidence")) {
            model.addAttribute("evidence", evidence);
        }
        model.addAttribute("orders", fulfilment.mayMark() ? cascade.orders(fulfilment.organizationId()) : List.of());
        model.addAttribute("maxMegabytes", Uploads.MAX_MEGABYTES);
        return "roadmap/fulfilment";
    }
}
