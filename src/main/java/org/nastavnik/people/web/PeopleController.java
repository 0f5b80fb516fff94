package org.nastavnik.people.web;

import jakarta.validation.groups.Default;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.people.DestructionJournal;
import org.nastavnik.people.DuplicatePersonException;
import org.nastavnik.people.PeopleQuery;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.people.PersonRules;
import org.nastavnik.people.Violation;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people list with live search, the person card and the person forms. */
@Controller
class PeopleController {

    static final int PAGE_SIZE = 25;

    private final PeopleService people;
    private final DestructionJournal journal;

    PeopleController(PeopleService people, DestructionJournal journal) {
        this.people = people;
        this.journal = journal;
    }

    @GetMapping("/people")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) Long position,
            @RequestParam(required = false) Long subject,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "NAME") String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        PeopleQuery query = new PeopleQuery(q, org, position, subject, emptyToNull(category), sort);
        model.addAttribute("query", query);
        model.addAttribute("page", people.search(query, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        if (htmx != null) {
            return "people/list :: results";
        }
        model.addAttribute("organizations", people.readableOrganizations());
        model.addAttribute("positions", people.positions());
        model.addAttribute("subjects", people.subjects());
        model.addAttribute("mayCreate", !people.editableOrganizations().isEmpty());
        model.addAttribute("mayReadJournal", journal.mayRead());
        return "people/list";
    }

    @GetMapping("/people/{id}")
    String card(@PathVariable long id, Model model) {
        PersonCard card = people.card(id);
        model.addAttribute("person", card);
        return "people/card";
    }

    @GetMapping("/people/new")
    String newPerson(@RequestParam(required = false) Long org, Model model) {
        return form(model, PersonForm.empty(org), null);
    }

    @PostMapping("/people/new")
    String create(
            @Validated({Default.class, PersonForm.WithEmployment.class}) @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            for (Violation v : PersonRules.check(form.person(), form.employment(), people.today())) {
                errors.rejectValue(v.field(), v.code());
            }
        }
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        try {
            long id = people.create(form.person(), form.employment());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + id;
        } catch (DuplicatePersonException duplicate) {
            errors.rejectValue(duplicate.field(), "person.duplicate." + duplicate.field());
            model.addAttribute("duplicate", duplicate);
            return form(model, form, null);
        } catch (FieldProblem problem) {
            errors.rejectValue(problem.field(), problem.code());
            return form(model, form, null);
        }
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PersonCard card = people.card(id);
        return form(model, PersonForm.of(card.data(), card.version()), card);
    }

    @PostMapping("/people/{id}/edit")
    String update(
            @PathVariable long id,
            @Validated @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard card = people.card(id);
        if (!errors.hasErrors()) {
            for (Violation v : PersonRules.check(form.person(), null, people.today())) {
                errors.rejectValue(v.field(), v.code());
            }
        }
        if (errors.hasErrors()) {
            return form(model, form, card);
        }
        try {
            people.update(id, form.version(), form.person());
        } catch (ConcurrentChangeException conflict) {
            errors.reject("conflict");
            model.addAttribute("current", card);
            return form(model, form, card);
        } catch (DuplicatePersonException duplicate) {
            errors.rejectValue(duplicate.field(), "person.duplicate." + duplicate.field());
            model.addAttribute("duplicate", duplicate);
            return form(model, form, card);
        } catch (FieldProblem problem) {
            errors.rejectValue(problem.field(), problem.code());
            return form(model, form, card);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/people/" + id;
    }

    private String form(Model model, PersonForm form, PersonCard card) {
        model.addAttribute("form", form);
        model.addAttribute("person", card);
        EmploymentChoices.addTo(model, people);
        return "people/form";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
