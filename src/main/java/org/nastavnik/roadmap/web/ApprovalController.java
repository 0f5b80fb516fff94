package org.nastavnik.roadmap.web;

import jakarta.validation.Valid;
import org.nastavnik.common.web.Submission;
import org.nastavnik.roadmap.RoadmapApproval;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Approving a roadmap by an order, archiving it, or returning it to a draft, from its page. */
@Controller
class ApprovalController {

    private final RoadmapApproval approval;
    private final RoadmapPage page;

    ApprovalController(RoadmapApproval approval, RoadmapPage page) {
        this.approval = approval;
        this.page = page;
    }

    @InitBinder("approval")
    void bind(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PostMapping("/roadmaps/{id}/status")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("approval") ApprovalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Submission.submit(
                errors,
                model,
                null,
                () -> approval.change(id, form.change()),
                () -> page.show(id, model),
                "/roadmaps/" + id,
                redirect);
    }
}
