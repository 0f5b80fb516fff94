package org.nastavnik.roadmap.web;

import java.util.List;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapTemplates;
import org.nastavnik.structure.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Roadmaps from templates: the choice of a template for one of the caller's units (the form then
 * opens filled from it), and a municipality marking its roadmap as the template of its organizations.
 */
@Controller
class RoadmapTemplateController {

    private final RoadmapTemplates templates;
    private final RoadmapService roadmaps;

    RoadmapTemplateController(RoadmapTemplates templates, RoadmapService roadmaps) {
        this.templates = templates;
        this.roadmaps = roadmaps;
    }

    @GetMapping("/roadmaps/templates")
    String choose(@RequestParam(required = false) Long unit, Model model) {
        List<UnitView> owners = roadmaps.ownerUnits();
        if (owners.isEmpty()) {
            throw new org.nastavnik.common.ForbiddenException("keep roadmaps");
        }
        Long chosen = unit != null ? unit : Long.valueOf(owners.get(0).id());
        model.addAttribute("owners", owners);
        model.addAttribute("unit", chosen);
        model.addAttribute("templates", templates.templates(chosen));
        return "roadmap/templates";
    }

    @PostMapping("/roadmaps/{id}/template")
    String mark(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean template,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            templates.mark(id, template, version);
            redirect.addFlashAttribute("templateSaved", true);
        } catch (ConcurrentChangeException | FieldProblem refused) {
            redirect.addFlashAttribute("templateRefused", true);
        }
        return "redirect:/roadmaps/" + id;
    }
}
