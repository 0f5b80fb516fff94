package org.nastavnik.roadmap.web;

import org.nastavnik.common.web.Submission;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing a roadmap's title and goal from its page. */
@Controller
class DescribeController {

    /** The title and goal as the form posts them, with the version they were read at. */
    record DescribeForm(String title, String goal, Long version) {

        static DescribeForm of(RoadmapView roadmap) {
            return new DescribeForm(roadmap.title(), roadmap.goal(), roadmap.version());
        }
    }

    private final RoadmapService roadmaps;
    private final RoadmapPage page;

    DescribeController(RoadmapService roadmaps, RoadmapPage page) {
        this.roadmaps = roadmaps;
        this.page = page;
    }

    @PostMapping("/roadmaps/{id}/describe")
    String describe(
            @PathVariable long id,
            @ModelAttribute("describe") DescribeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Submission.submit(
                errors,
                model,
                null,
                () -> roadmaps.describe(id, form.version(), form.title(), form.goal()),
                () -> page.show(id, model),
                "/roadmaps/" + id,
                redirect);
    }
}
