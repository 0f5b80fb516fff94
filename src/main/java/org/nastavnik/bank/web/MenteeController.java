package org.nastavnik.bank.web;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.bank.CatalogDeficits;
import org.nastavnik.bank.DeficitSource;
import org.nastavnik.bank.MenteeCategory;
import org.nastavnik.bank.MenteeData.DeficitMark;
import org.nastavnik.bank.MenteeProfile;
import org.nastavnik.bank.MenteeService;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfilePeople;
import org.nastavnik.bank.ProfileStatus;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.web.Submission;
import org.nastavnik.common.web.Violations;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
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

/**
 * A mentee's profile: created from the person card with the deficits checklist, its page, and the
 * mentee's own self-assessment.
 */
@Controller
class MenteeController {

    private final MenteeService mentees;
    private final PeopleService people;
    private final CatalogDeficits deficits;
    private final ProfilePeople persons;

    MenteeController(MenteeService mentees, PeopleService people, CatalogDeficits deficits, ProfilePeople persons) {
        this.mentees = mentees;
        this.people = people;
        this.deficits = deficits;
        this.persons = persons;
    }

    @GetMapping("/bank/mentees/new")
    String newProfile(@RequestParam long person, @RequestParam(required = false) Long org, Model model) {
        PersonCard card = people.card(person);
        UnitView organization = persons.newProfileOrganization(card, org);
        var data = mentees.blank(persons.facts(card, organization.id()));
        return form(model, card, null, MenteeForm.of(organization.id(), data, 0), List.of());
    }

    @PostMapping("/bank/mentees/new")
    String create(
            @RequestParam long person,
            @Valid @ModelAttribute("form") MenteeForm form,
            BindingResult errors,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        PersonCard card = people.card(person);
        List<DeficitMark> marks = MenteeForm.marks(parameters, DeficitSource.DIAGNOSTICS);
        if (!errors.hasErrors()) {
            try {
                long id = mentees.create(person, form.organizationId(), form.data(marks), form.acknowledgedBothRoles());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/bank/mentees/" + id;
            } catch (FieldProblem problem) {
                Violations.reject(errors, problem);
            }
        }
        return form(model, card, null, form, marks);
    }

    @GetMapping("/bank/mentees/{id}")
    String profile(@PathVariable long id, Model model) {
        model.addAttribute("profile", mentees.get(id));
        return "bank/mentee";
    }

    @GetMapping("/bank/mentees/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        MenteeProfile profile = editable(id);
        return form(
                model,
                people.card(profile.personId()),
                profile,
                MenteeForm.of(profile),
                profile.data().deficits());
    }

    @PostMapping("/bank/mentees/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MenteeForm form,
            BindingResult errors,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        MenteeProfile profile = editable(id);
        List<DeficitMark> marks = MenteeForm.marks(parameters, DeficitSource.DIAGNOSTICS);
        return Submission.submit(
                errors,
                model,
                profile,
                () -> mentees.update(id, form.versionOrStale(), form.data(marks)),
                () -> form(model, people.card(profile.personId()), profile, form, marks),
                "/bank/mentees/" + id,
                redirect);
    }

    @GetMapping("/bank/mentees/{id}/self-assessment")
    String selfAssessment(@PathVariable long id, Model model) {
        MenteeProfile profile = own(id);
        return selfAssessmentForm(
                model,
                profile,
                new SelfAssessmentForm(profile.data().requestText(), profile.version()),
                profile.data().deficits());
    }

    @PostMapping("/bank/mentees/{id}/self-assessment")
    String selfAssess(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SelfAssessmentForm form,
            BindingResult errors,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        MenteeProfile profile = own(id);
        List<DeficitMark> marks = MenteeForm.marks(parameters, DeficitSource.SELF_ASSESSMENT);
        Map<Long, Integer> levels = new LinkedHashMap<>();
        marks.forEach(m -> levels.put(m.deficitId(), m.level()));
        return Submission.submit(
                errors,
                model,
                profile,
                () -> mentees.selfAssess(id, form.versionOrStale(), levels, form.requestText()),
                () -> selfAssessmentForm(model, profile, form, marks),
                "/bank/mentees/" + id,
                redirect);
    }

    private MenteeProfile editable(long id) {
        MenteeProfile profile = mentees.get(id);
        if (!profile.mayEdit()) {
            throw new ForbiddenException("change a mentee profile");
        }
        return profile;
    }

    private MenteeProfile own(long id) {
        MenteeProfile profile = mentees.get(id);
        if (!profile.maySelfAssess()) {
            throw new ForbiddenException("self-assess for somebody else");
        }
        return profile;
    }

    private String form(
            Model model, PersonCard person, MenteeProfile existing, MenteeForm form, List<DeficitMark> marks) {
        model.addAttribute("person", person);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("organizations", persons.editableOrganizations(person));
        model.addAttribute("categories", MenteeCategory.values());
        model.addAttribute("formats", MentoringFormat.values());
        model.addAttribute("statuses", ProfileStatus.values());
        model.addAttribute("sources", DeficitSource.values());
        checklist(model, existing, marks);
        return "bank/mentee-form";
    }

    private String selfAssessmentForm(
            Model model, MenteeProfile profile, SelfAssessmentForm form, List<DeficitMark> marks) {
        model.addAttribute("profile", profile);
        model.addAttribute("form", form);
        checklist(model, profile, marks);
        return "bank/self-assessment";
    }

    /** The deficits by area with the marks given so far; archived deficits only where already marked. */
    private void checklist(Model model, MenteeProfile existing, List<DeficitMark> marks) {
        Map<Long, DeficitMark> byDeficit = new LinkedHashMap<>();
        marks.forEach(m -> byDeficit.put(m.deficitId(), m));
        model.addAttribute("marks", byDeficit);
        model.addAttribute("areas", deficits.activeByArea());
        model.addAttribute(
                "archivedDeficits",
                existing == null
                        ? List.of()
                        : existing.deficits().stream().filter(d -> d.archived()).toList());
    }
}
