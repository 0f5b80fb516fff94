package org.nastavnik.bank.web;

import jakarta.validation.Valid;
import java.util.List;
import org.nastavnik.bank.AchievementData;
import org.nastavnik.bank.ContestDecision;
import org.nastavnik.bank.ContestLevel;
import org.nastavnik.bank.MentorProfile;
import org.nastavnik.bank.MentorService;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfilePeople;
import org.nastavnik.bank.ProfileStatus;
import org.nastavnik.bank.TrainingData;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.catalog.CatalogService;
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
 * A mentor's profile: created from the person card, its page with achievements and trainings, the
 * nominations to the contest's stages (municipal, regional) and their commissions' decisions.
 */
@Controller
class MentorController {

    private final MentorService mentors;
    private final PeopleService people;
    private final CatalogService catalog;
    private final ProfilePeople persons;

    MentorController(MentorService mentors, PeopleService people, CatalogService catalog, ProfilePeople persons) {
        this.mentors = mentors;
        this.people = people;
        this.catalog = catalog;
        this.persons = persons;
    }

    @GetMapping("/bank/mentors/new")
    String newProfile(@RequestParam long person, @RequestParam(required = false) Long org, Model model) {
        PersonCard card = people.card(person);
        UnitView organization = persons.newProfileOrganization(card, org);
        MentorForm form = MentorForm.of(organization.id(), mentors.blank(card, organization), 0);
        return form(model, card, null, form);
    }

    @PostMapping("/bank/mentors/new")
    String create(
            @RequestParam long person,
            @Valid @ModelAttribute("form") MentorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard card = people.card(person);
        if (!errors.hasErrors()) {
            try {
                long id = mentors.create(person, form.organizationId(), form.data());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/bank/mentors/" + id;
            } catch (FieldProblem problem) {
                Violations.reject(errors, problem);
            }
        }
        return form(model, card, null, form);
    }

    @GetMapping("/bank/mentors/{id}")
    String profile(@PathVariable long id, Model model) {
        MentorProfile profile = mentors.get(id);
        model.addAttribute("profile", profile);
        model.addAttribute("achievement", new AchievementData(null, null, null, null));
        model.addAttribute("training", new TrainingData(null, null, null, null));
        model.addAttribute("decision", new ContestDecision(null, null, people.today(), null));
        return page(model, profile);
    }

    @GetMapping("/bank/mentors/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        MentorProfile profile = editable(id);
        return form(model, people.card(profile.personId()), profile, MentorForm.of(profile));
    }

    @PostMapping("/bank/mentors/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MentorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MentorProfile profile = editable(id);
        return Submission.submit(
                errors,
                model,
                profile,
                () -> mentors.update(id, form.versionOrStale(), form.data()),
                () -> form(model, people.card(profile.personId()), profile, form),
                "/bank/mentors/" + id,
                redirect);
    }

    @PostMapping("/bank/mentors/{id}/achievements")
    String addAchievement(
            @PathVariable long id,
            @ModelAttribute("achievement") AchievementData data,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Submission.submit(
                errors,
                model,
                null,
                () -> mentors.addAchievement(id, data),
                () -> withProfile(model, id),
                "/bank/mentors/" + id,
                redirect);
    }

    @PostMapping("/bank/mentors/{id}/trainings")
    String addTraining(
            @PathVariable long id,
            @ModelAttribute("training") TrainingData data,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Submission.submit(
                errors,
                model,
                null,
                () -> mentors.addTraining(id, data),
                () -> withProfile(model, id),
                "/bank/mentors/" + id,
                redirect);
    }

    @PostMapping("/bank/mentors/{id}/{what:achievement|training}/{entry}/delete")
    String remove(@PathVariable long id, @PathVariable String what, @PathVariable long entry) {
        mentors.remove(id, what, entry);
        return "redirect:/bank/mentors/" + id;
    }

    @PostMapping("/bank/mentors/{id}/contest/{level:municipal|region}/nominate")
    String nominate(@PathVariable long id, @PathVariable String level, RedirectAttributes redirect) {
        try {
            mentors.nominate(id, ContestLevel.of(level));
            redirect.addFlashAttribute("saved", true);
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", problem.code());
        }
        return "redirect:/bank/mentors/" + id;
    }

    @PostMapping("/bank/mentors/{id}/contest/{level:municipal|region}/decision")
    String decide(
            @PathVariable long id,
            @PathVariable String level,
            @ModelAttribute("decision") ContestDecision decision,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return Submission.submit(
                errors,
                model,
                null,
                () -> mentors.decide(id, ContestLevel.of(level), decision),
                () -> withProfile(model, id),
                "/bank/mentors/" + id,
                redirect);
    }

    /** The profile page again, after a sub-form with errors (its own object stays in the model). */
    private String withProfile(Model model, long id) {
        MentorProfile profile = mentors.get(id);
        model.addAttribute("profile", profile);
        if (!model.containsAttribute("achievement")) {
            model.addAttribute("achievement", new AchievementData(null, null, null, null));
        }
        if (!model.containsAttribute("training")) {
            model.addAttribute("training", new TrainingData(null, null, null, null));
        }
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new ContestDecision(null, null, people.today(), null));
        }
        return page(model, profile);
    }

    private String page(Model model, MentorProfile profile) {
        if (profile.mayEdit()) {
            model.addAttribute("awardTypes", catalog.active(CatalogKind.AWARD_TYPE));
            model.addAttribute("levels", catalog.active(CatalogKind.ACHIEVEMENT_LEVEL));
        }
        return "bank/mentor";
    }

    private MentorProfile editable(long id) {
        MentorProfile profile = mentors.get(id);
        if (!profile.mayEdit()) {
            throw new ForbiddenException("change a mentor profile");
        }
        return profile;
    }

    private String form(Model model, PersonCard person, MentorProfile existing, MentorForm form) {
        model.addAttribute("person", person);
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("organizations", persons.editableOrganizations(person));
        model.addAttribute("competencies", catalog.active(CatalogKind.COMPETENCY));
        model.addAttribute("subjects", people.subjects());
        model.addAttribute("formats", MentoringFormat.values());
        model.addAttribute("statuses", ProfileStatus.values());
        model.addAttribute("archivedCompetencies", existing == null ? List.of() : archived(existing.competencies()));
        model.addAttribute("archivedSubjects", existing == null ? List.of() : archived(existing.subjects()));
        return "bank/mentor-form";
    }

    /** The archived entries a profile still has: shown so that saving the form keeps them. */
    private static List<MentorProfile.Named> archived(List<MentorProfile.Named> entries) {
        return entries.stream().filter(MentorProfile.Named::archived).toList();
    }
}
