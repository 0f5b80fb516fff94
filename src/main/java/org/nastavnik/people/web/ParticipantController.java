package org.nastavnik.people.web;

import jakarta.validation.Valid;
import java.util.Set;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.web.Submission;
import org.nastavnik.common.web.Violations;
import org.nastavnik.people.DuplicatePersonException;
import org.nastavnik.people.ParticipantKind;
import org.nastavnik.people.ParticipantRules;
import org.nastavnik.people.ParticipantService;
import org.nastavnik.people.ParticipantView;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.people.PersonRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pupils, students, graduates and employers' specialists: a new person, or a participation on a card. */
@Controller
class ParticipantController {

    private static final Set<String> PERSON_FIELDS =
            Set.of("lastName", "firstName", "middleName", "birthDate", "email", "phone", "snils");

    private final PeopleService people;
    private final ParticipantService participants;

    ParticipantController(PeopleService people, ParticipantService participants) {
        this.people = people;
        this.participants = participants;
    }

    @GetMapping("/people/new-participant")
    String newPerson(
            @RequestParam(defaultValue = "PUPIL") ParticipantKind kind,
            @RequestParam(required = false) Long org,
            Model model) {
        if (people.editableOrganizations().isEmpty()) {
            throw new ForbiddenException("add participants");
        }
        Long organization = EmploymentChoices.defaultOrganization(org, people);
        model.addAttribute("form", PersonForm.empty(organization));
        return newPersonForm(model, ParticipantForm.empty(kind, organization));
    }

    @PostMapping("/people/new-participant")
    String createPerson(
            @Validated @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            @Valid @ModelAttribute("participant") ParticipantForm participant,
            BindingResult participantErrors,
            Model model,
            RedirectAttributes redirect) {
        Violations.reject(errors, () -> PersonRules.check(form.person(), null, people.today()));
        Violations.reject(
                participantErrors, () -> ParticipantRules.check(participant.data(), form.birthDate(), people.today()));
        if (errors.hasErrors() || participantErrors.hasErrors()) {
            return newPersonForm(model, participant);
        }
        try {
            long id = participants.createPerson(form.person(), participant.data());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + id;
        } catch (DuplicatePersonException duplicate) {
            errors.rejectValue(duplicate.field(), "person.duplicate." + duplicate.field());
            model.addAttribute("duplicate", duplicate);
        } catch (FieldProblem problem) {
            Violations.reject(PERSON_FIELDS.contains(problem.field()) ? errors : participantErrors, problem);
        }
        return newPersonForm(model, participant);
    }

    @GetMapping("/people/{personId}/participants/new")
    String newParticipation(
            @PathVariable long personId, @RequestParam(defaultValue = "PUPIL") ParticipantKind kind, Model model) {
        PersonCard person = attachable(personId);
        return form(
                model, person, null, ParticipantForm.empty(kind, EmploymentChoices.defaultOrganization(null, people)));
    }

    @PostMapping("/people/{personId}/participants/new")
    String add(
            @PathVariable long personId,
            @Valid @ModelAttribute("participant") ParticipantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard person = attachable(personId);
        Violations.reject(
                errors, () -> ParticipantRules.check(form.data(), person.data().birthDate(), people.today()));
        return Submission.submit(
                errors,
                model,
                null,
                () -> participants.add(personId, form.data()),
                () -> form(model, person, null, form),
                "/people/" + personId,
                redirect);
    }

    @GetMapping("/people/{personId}/participants/{id}/edit")
    String edit(@PathVariable long personId, @PathVariable long id, Model model) {
        PersonCard person = people.card(personId);
        ParticipantView participant = editable(person, id);
        return form(model, person, participant, ParticipantForm.of(participant));
    }

    @PostMapping("/people/{personId}/participants/{id}/edit")
    String update(
            @PathVariable long personId,
            @PathVariable long id,
            @Valid @ModelAttribute("participant") ParticipantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard person = people.card(personId);
        ParticipantView participant = editable(person, id);
        Violations.reject(
                errors, () -> ParticipantRules.check(form.data(), person.data().birthDate(), people.today()));
        return Submission.submit(
                errors,
                model,
                participant,
                () -> participants.update(personId, id, form.version(), form.data()),
                () -> form(model, person, participant, form),
                "/people/" + personId,
                redirect);
    }

    @GetMapping("/people/{personId}/participants/{id}/end")
    String ending(@PathVariable long personId, @PathVariable long id, Model model) {
        PersonCard person = people.card(personId);
        return endForm(model, person, editable(person, id), new EndForm(people.today()));
    }

    @PostMapping("/people/{personId}/participants/{id}/end")
    String end(
            @PathVariable long personId,
            @PathVariable long id,
            @Valid @ModelAttribute("form") EndForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard person = people.card(personId);
        ParticipantView participant = editable(person, id);
        Violations.reject(errors, () -> ParticipantRules.checkEnd(form.endedOn(), people.today()));
        return Submission.submit(
                errors,
                model,
                null,
                () -> participants.end(personId, id, form.endedOn()),
                () -> endForm(model, person, participant, form),
                "/people/" + personId,
                redirect);
    }

    private PersonCard attachable(long personId) {
        PersonCard person = people.card(personId);
        if (!person.mayAttach()) {
            throw new ForbiddenException("add a participation");
        }
        return person;
    }

    private static ParticipantView editable(PersonCard person, long id) {
        return person.participants().stream()
                .filter(p -> p.id() == id && p.mayEdit())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("participant", id));
    }

    private String newPersonForm(Model model, ParticipantForm participant) {
        model.addAttribute("participant", participant);
        model.addAttribute("organizations", people.editableOrganizations());
        model.addAttribute("kinds", ParticipantKind.values());
        return "people/participant-new";
    }

    private String form(Model model, PersonCard person, ParticipantView participant, ParticipantForm form) {
        model.addAttribute("person", person);
        model.addAttribute("existing", participant);
        model.addAttribute("participant", form);
        model.addAttribute("organizations", people.editableOrganizations());
        model.addAttribute("kinds", ParticipantKind.values());
        return "people/participant-form";
    }

    private static String endForm(Model model, PersonCard person, ParticipantView participant, EndForm form) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("what", participant.organization());
        model.addAttribute("title", "participant.end.title");
        model.addAttribute("dateField", "endedOn");
        model.addAttribute("dateLabel", "participant.endedOn");
        model.addAttribute("action", "/people/" + person.id() + "/participants/" + participant.id() + "/end");
        return "people/end";
    }
}
