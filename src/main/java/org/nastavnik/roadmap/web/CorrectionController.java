package org.nastavnik.roadmap.web;

import jakarta.validation.Valid;
import org.nastavnik.common.web.Submission;
import org.nastavnik.roadmap.DeadlineCorrection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The author corrects how an activity's deadline is read. */
@Controller
class CorrectionController {

    private final DeadlineCorrection corrections;

    CorrectionController(DeadlineCorrection corrections) {
        this.corrections = corrections;
    }

    @GetMapping("/roadmaps/{id}/items/{position}/deadline")
    String form(@PathVariable long id, @PathVariable int position, Model model) {
        DeadlineCorrection.Item item = corrections.item(id, position);
        return page(model, item, new CorrectionForm(item.corrected() != null ? item.corrected() : item.deadline()));
    }

    @PostMapping("/roadmaps/{id}/items/{position}/deadline")
    String correct(
            @PathVariable long id,
            @PathVariable int position,
            @Valid @ModelAttribute("form") CorrectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        DeadlineCorrection.Item item = corrections.item(id, position);
        return Submission.submit(
                errors,
                model,
                null,
                () -> corrections.correct(id, position, form.text()),
                () -> page(model, item, form),
                "/roadmaps/" + id + "#item-" + position,
                redirect);
    }

    private static String page(Model model, DeadlineCorrection.Item item, CorrectionForm form) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        return "roadmap/correct";
    }
}
