package org.nastavnik.matching.web;

import java.util.List;
import java.util.Map;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.web.Submission;
import org.nastavnik.common.web.Violations;
import org.nastavnik.matching.CompatibilityNotes;
import org.nastavnik.matching.MatchWeights;
import org.nastavnik.matching.MatchWeightsService;
import org.nastavnik.matching.Verdict;
import org.nastavnik.structure.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality's weights of the fit criteria, and the psychologist's note on a pair. */
@Controller
class MatchingController {

    /** The weights form; the version is 0 while the defaults apply. */
    record WeightsForm(
            Integer subject,
            Integer deficits,
            Integer experience,
            Integer organization,
            Integer capacity,
            Integer format,
            Integer compatibility,
            Long version) {

        static WeightsForm of(MatchWeights w, long version) {
            return new WeightsForm(
                    w.subject(),
                    w.deficits(),
                    w.experience(),
                    w.organization(),
                    w.capacity(),
                    w.format(),
                    w.compatibility(),
                    version);
        }

        Map<String, Integer> entered() {
            return MatchWeights.entered(subject, deficits, experience, organization, capacity, format, compatibility);
        }
    }

    /** The note form: the verdict, a comment and the version read (0 when there was no note). */
    record NoteForm(Verdict verdict, String comment, Long version) {}

    private final MatchWeightsService weights;
    private final CompatibilityNotes notes;

    MatchingController(MatchWeightsService weights, CompatibilityNotes notes) {
        this.weights = weights;
        this.notes = notes;
    }

    /** The only municipality's form, or the choice among several. */
    @GetMapping("/matching/weights")
    String choose(Model model) {
        List<UnitView> municipalities = weights.municipalities();
        if (municipalities.isEmpty()) {
            throw new ForbiddenException("keep matching weights");
        }
        if (municipalities.size() == 1) {
            return "redirect:/matching/weights/" + municipalities.get(0).id();
        }
        model.addAttribute("municipalities", municipalities);
        return "matching/weights";
    }

    @GetMapping("/matching/weights/{id}")
    String weightsForm(@PathVariable long id, Model model) {
        MatchWeightsService.Stored stored = weights.get(id);
        return weightsPage(model, stored, WeightsForm.of(stored.weights(), stored.version()));
    }

    @PostMapping("/matching/weights/{id}")
    String saveWeights(
            @PathVariable long id,
            @ModelAttribute("form") WeightsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MatchWeightsService.Stored stored = weights.get(id);
        Violations.reject(errors, () -> MatchWeights.check(form.entered()));
        return Submission.submit(
                errors,
                model,
                null,
                () -> weights.update(id, form.version() == null ? -1 : form.version(), MatchWeights.of(form.entered())),
                () -> weightsPage(model, stored, form),
                "/matching/weights/" + id,
                redirect);
    }

    @GetMapping("/matching/compatibility")
    String noteForm(@RequestParam long mentor, @RequestParam long mentee, Model model) {
        CompatibilityNotes.Pair pair = notes.get(mentor, mentee);
        NoteForm form = pair.note() == null
                ? new NoteForm(null, null, 0L)
                : new NoteForm(
                        pair.note().verdict(),
                        pair.note().comment(),
                        pair.note().version());
        return notePage(model, pair, form);
    }

    @PostMapping("/matching/compatibility")
    String saveNote(
            @RequestParam long mentor,
            @RequestParam long mentee,
            @ModelAttribute("form") NoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CompatibilityNotes.Pair pair = notes.get(mentor, mentee);
        if (!pair.mayRecord()) {
            throw new ForbiddenException("assess compatibility");
        }
        return Submission.submit(
                errors,
                model,
                pair.note(),
                () -> notes.record(
                        mentor, mentee, form.version() == null ? 0 : form.version(), form.verdict(), form.comment()),
                () -> notePage(model, pair, form),
                "/matching/compatibility?mentor=" + mentor + "&mentee=" + mentee,
                redirect);
    }

    private static String weightsPage(Model model, MatchWeightsService.Stored stored, WeightsForm form) {
        model.addAttribute("municipality", stored.municipality());
        model.addAttribute("defaults", stored.defaults());
        model.addAttribute("form", form);
        model.addAttribute("fields", MatchWeights.DEFAULT.byField().keySet());
        return "matching/weights";
    }

    private static String notePage(Model model, CompatibilityNotes.Pair pair, NoteForm form) {
        model.addAttribute("pair", pair);
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("form", form);
        return "matching/compatibility";
    }
}
