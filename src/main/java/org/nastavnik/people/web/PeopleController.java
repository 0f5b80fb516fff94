package org.nastavnik.people.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;
import java.io.IOException;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.Violation;
import org.nastavnik.common.validation.OnUpdate;
import org.nastavnik.common.web.Spreadsheets;
import org.nastavnik.people.DestructionJournal;
import org.nastavnik.people.DuplicatePersonException;
import org.nastavnik.people.PeopleExport;
import org.nastavnik.people.PeopleQuery;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.people.PersonRules;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final PeopleExport export;
    private final MessageSource messages;
    private final DestructionJournal journal;

    PeopleController(PeopleService people, PeopleExport export, MessageSource messages, DestructionJournal journal) {
        this.people = people;
        this.export = export;
        this.messages = messages;
        this.journal = journal;
    }

    @GetMapping("/people")
    String list(
            ListFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        PeopleQuery query = filter.query();
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

    /** The whole list under the same filters as a spreadsheet (every match, not one page). */
    @GetMapping("/people/export.xlsx")
    void export(ListFilter filter, HttpServletResponse response) throws IOException {
        PeopleQuery query = filter.query();
        export.check(query);
        Spreadsheets.attach(
                response, messages.getMessage("people.export.fileName", null, LocaleContextHolder.getLocale()));
        export.write(query, response.getOutputStream());
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
            @Validated({Default.class, OnUpdate.class}) @ModelAttribute("form") PersonForm form,
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
}
