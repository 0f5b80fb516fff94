package org.nastavnik.roadmap.web;

import jakarta.validation.Valid;
import java.util.List;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.structure.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Roadmaps: the list, the import of a table pasted from Word or Excel with a preview of how its
 * deadlines are read, and the roadmap's page.
 */
@Controller
class RoadmapController {

    private final RoadmapService roadmaps;

    RoadmapController(RoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    @GetMapping("/roadmaps")
    String list(Model model) {
        model.addAttribute("roadmaps", roadmaps.list());
        model.addAttribute("mayCreate", roadmaps.mayCreate());
        return "roadmap/list";
    }

    @GetMapping("/roadmaps/new")
    String newRoadmap(@RequestParam(required = false) Long unit, Model model) {
        List<UnitView> owners = owners();
        return form(
                model,
                owners,
                RoadmapForm.empty(
                        unit == null && owners.size() == 1 ? owners.get(0).id() : unit),
                null);
    }

    /** {@code action=preview} shows how the table is read; {@code action=save} saves it. */
    @PostMapping("/roadmaps/new")
    String create(
            @Valid @ModelAttribute("form") RoadmapForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "preview") String action,
            Model model) {
        List<UnitView> owners = owners();
        if (!errors.hasErrors()) {
            try {
                if (action.equals("save")) {
                    return "redirect:/roadmaps/" + roadmaps.create(form.draft());
                }
                return form(model, owners, form, roadmaps.preview(form.draft()));
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
            }
        }
        return form(model, owners, form, null);
    }

    @GetMapping("/roadmaps/{id}")
    String roadmap(@PathVariable long id, Model model) {
        model.addAttribute("roadmap", roadmaps.get(id));
        return "roadmap/view";
    }

    private String form(Model model, List<UnitView> owners, RoadmapForm form, RoadmapService.Preview preview) {
        model.addAttribute("form", form);
        model.addAttribute("owners", owners);
        model.addAttribute("preview", preview);
        return "roadmap/form";
    }

    /** The units whose roadmaps the caller keeps; 403 when there are none. */
    private List<UnitView> owners() {
        List<UnitView> owners = roadmaps.ownerUnits();
        if (owners.isEmpty()) {
            throw new ForbiddenException("keep roadmaps");
        }
        return owners;
    }
}
