package org.nastavnik.roadmap.web;

import org.nastavnik.common.web.Submission;
import org.nastavnik.roadmap.LineDetail;
import org.nastavnik.roadmap.RoadmapLines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of one activity: its texts, due dates and history of changes, and the author's edit. */
@Controller
class LineController {

    private final RoadmapLines lines;

    LineController(RoadmapLines lines) {
        this.lines = lines;
    }

    @GetMapping("/roadmaps/{id}/items/{position}")
    String line(@PathVariable long id, @PathVariable int position, Model model) {
        LineDetail line = lines.line(id, position);
        return page(model, line, LineForm.of(line));
    }

    @PostMapping("/roadmaps/{id}/items/{position}")
    String edit(
            @PathVariable long id,
            @PathVariable int position,
            @ModelAttribute("form") LineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LineDetail line = lines.line(id, position);
        return Submission.submit(
                errors,
                model,
                line,
                () -> lines.edit(id, position, form.edit()),
                () -> page(model, line, form),
                "/roadmaps/" + id + "/items/" + position,
                redirect);
    }

    private static String page(Model model, LineDetail line, LineForm form) {
        model.addAttribute("line", line);
        model.addAttribute("form", form);
        return "roadmap/line";
    }
}
