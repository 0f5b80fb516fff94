package org.nastavnik.roadmap.web;

import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.web.Violations;
import org.nastavnik.roadmap.LineDraft;
import org.nastavnik.roadmap.RoadmapLines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Adding an activity to a saved roadmap, after a chosen line or at the end. */
@Controller
class NewLineController {

    private final RoadmapLines lines;

    NewLineController(RoadmapLines lines) {
        this.lines = lines;
    }

    @GetMapping("/roadmaps/{id}/items/new")
    String form(@PathVariable long id, @RequestParam(required = false) Integer after, Model model) {
        return page(model, id, new LineDraft(after, null, null, null, null, null, null));
    }

    @PostMapping("/roadmaps/{id}/items/new")
    String add(@PathVariable long id, @ModelAttribute("form") LineDraft form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                return "redirect:/roadmaps/" + id + "/items/" + lines.add(id, form);
            } catch (FieldProblem problem) {
                Violations.reject(errors, problem);
            }
        }
        return page(model, id, form);
    }

    private String page(Model model, long id, LineDraft form) {
        model.addAttribute("place", lines.newLinePlace(id, form.after()));
        model.addAttribute("form", form);
        return "roadmap/new-line";
    }
}
