package org.nastavnik.people.web;

import jakarta.validation.Valid;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.web.Submission;
import org.nastavnik.common.web.Violations;
import org.nastavnik.people.EmploymentView;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.people.PersonRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing and ending a person's employments, from the person card. */
@Controller
@RequestMapping("/people/{personId}/employments")
class EmploymentController {

    private final PeopleService people;

    EmploymentController(PeopleService people) {
        this.people = people;
    }

    @GetMapping("/new")
    String newEmployment(@PathVariable long personId, Model model) {
        PersonCard person = attachable(personId);
        return form(model, person, null, EmploymentForm.empty(EmploymentChoices.defaultOrganization(null, people)));
    }

    @PostMapping("/new")
    String add(
            @PathVariable long personId,
            @Valid @ModelAttribute("form") EmploymentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard person = attachable(personId);
        Violations.reject(errors, () -> PersonRules.check(person.data(), form.data(), people.today()));
        return Submission.submit(
                errors,
                model,
                null,
                () -> people.addEmployment(personId, form.data()),
                () -> form(model, person, null, form),
                "/people/" + personId,
                redirect);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long personId, @PathVariable long id, Model model) {
        PersonCard person = people.card(personId);
        EmploymentView employment = editable(person, id);
        return form(model, person, employment, EmploymentForm.of(employment));
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long personId,
            @PathVariable long id,
            @Valid @ModelAttribute("form") EmploymentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard person = people.card(personId);
        EmploymentView employment = editable(person, id);
        Violations.reject(errors, () -> PersonRules.check(person.data(), form.data(), people.today()));
        return Submission.submit(
                errors,
                model,
                employment,
                () -> people.updateEmployment(personId, id, form.version(), form.data()),
                () -> form(model, person, employment, form),
                "/people/" + personId,
                redirect);
    }

    @GetMapping("/{id}/end")
    String ending(@PathVariable long personId, @PathVariable long id, Model model) {
        PersonCard person = people.card(personId);
        return endForm(model, person, editable(person, id), new EndForm(people.today()));
    }

    @PostMapping("/{id}/end")
    String end(
            @PathVariable long personId,
            @PathVariable long id,
            @Valid @ModelAttribute("form") EndForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard person = people.card(personId);
        EmploymentView employment = editable(person, id);
        Violations.reject(errors, () -> PersonRules.checkEnd(employment.data(), form.endedOn(), people.today()));
        return Submission.submit(
                errors,
                model,
                null,
                () -> people.endEmployment(personId, id, form.endedOn()),
                () -> endForm(model, person, employment, form),
                "/people/" + personId,
                redirect);
    }

    private PersonCard attachable(long personId) {
        PersonCard person = people.card(personId);
        if (!person.mayAttach()) {
            throw new ForbiddenException("add an employment");
        }
        return person;
    }

    private static EmploymentView editable(PersonCard person, long id) {
        return person.employments().stream()
                .filter(e -> e.id() == id && e.mayEdit())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("employment", id));
    }

    private String form(Model model, PersonCard person, EmploymentView employment, EmploymentForm form) {
        model.addAttribute("person", person);
        model.addAttribute("employment", employment);
        model.addAttribute("form", form);
        EmploymentChoices.addTo(model, people);
        return "people/employment-form";
    }

    private static String endForm(Model model, PersonCard person, EmploymentView employment, EndForm form) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("what", employment.organization() + ", " + employment.position());
        model.addAttribute("title", "employment.end.title");
        model.addAttribute("dateField", "endedOn");
        model.addAttribute("dateLabel", "employment.endedOn");
        model.addAttribute("action", "/people/" + person.id() + "/employments/" + employment.id() + "/end");
        return "people/end";
    }
}
