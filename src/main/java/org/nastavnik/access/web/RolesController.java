package org.nastavnik.access.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.Role;
import org.nastavnik.access.RoleDirectory;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.people.PeopleQuery;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.people.PersonRow;
import org.springframework.data.domain.PageRequest;
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
 * The roles page of those who grant roles: active assignments within their scope with a revoke
 * button, the grant form (a person found by name, a role they may grant, a unit of its level),
 * and a person's sign-in account (create, disable, enable).
 */
@Controller
class RolesController {

    static final int PAGE_SIZE = 50;
    static final int CANDIDATES = 10;

    private final AccessService access;
    private final RoleDirectory directory;
    private final PeopleService people;

    RolesController(AccessService access, RoleDirectory directory, PeopleService people) {
        this.access = access;
        this.directory = directory;
        this.people = people;
    }

    record GrantForm(@NotNull Long personId, @NotNull Role role, Long unitId) {}

    record AccountForm(
            @NotNull Long personId,
            @NotBlank @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 200) String email,
            @NotBlank String password) {}

    @GetMapping("/roles")
    String page(
            @RequestParam(required = false) Long person,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        candidates(q, model);
        return page(model, person, page, new GrantForm(person, null, null), new AccountForm(person, null, null));
    }

    /** The people matching the typed name, for the grant form (htmx; the page without script). */
    @GetMapping("/roles/candidates")
    String candidates(@RequestParam(defaultValue = "") String q, Model model) {
        List<PersonRow> found = q.isBlank()
                ? List.of()
                : people.search(new PeopleQuery(q, null, null, null, null, null), PageRequest.of(0, CANDIDATES))
                        .getContent();
        model.addAttribute("candidates", found);
        model.addAttribute("searched", !q.isBlank());
        model.addAttribute("q", q);
        return "access/roles :: candidates";
    }

    /** The units where the chosen role may be granted (htmx). */
    @GetMapping("/roles/units")
    String units(@RequestParam(required = false) Role role, Model model) {
        model.addAttribute("grant", new GrantForm(null, role, null));
        model.addAttribute("units", role == null ? List.of() : directory.grantableUnits(role));
        return "access/roles :: units";
    }

    @PostMapping("/roles")
    String grant(
            @Valid @ModelAttribute("grant") GrantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.role() != null && form.role().level() != null && form.unitId() == null) {
            errors.rejectValue("unitId", "NotNull");
        }
        if (!errors.hasErrors()) {
            try {
                access.grant(form.personId(), form.role(), form.role().level() == null ? null : form.unitId());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/roles?person=" + form.personId();
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.code());
            }
        }
        return page(model, form.personId(), 0, form, new AccountForm(form.personId(), null, null));
    }

    @PostMapping("/roles/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) Long person, RedirectAttributes redirect) {
        try {
            access.revoke(id);
            redirect.addFlashAttribute("saved", true);
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", problem.code());
        }
        return person == null ? "redirect:/roles" : "redirect:/roles?person=" + person;
    }

    @PostMapping("/roles/account")
    String createAccount(
            @Valid @ModelAttribute("account") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                access.createAccount(form.personId(), form.email(), form.password());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/roles?person=" + form.personId();
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.code());
            }
        }
        return page(model, form.personId(), 0, new GrantForm(form.personId(), null, null), form);
    }

    @PostMapping("/roles/account/{personId}/{action:disable|enable}")
    String switchAccount(@PathVariable long personId, @PathVariable String action, RedirectAttributes redirect) {
        try {
            if (action.equals("disable")) {
                access.disable(personId);
            } else {
                access.enable(personId);
            }
            redirect.addFlashAttribute("saved", true);
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", problem.code());
        }
        return "redirect:/roles?person=" + personId;
    }

    private String page(Model model, Long personId, int page, GrantForm grant, AccountForm account) {
        if (personId != null) {
            PersonCard person = people.card(personId);
            model.addAttribute("person", person);
            model.addAttribute("existingAccount", access.account(personId).orElse(null));
            if (account.email() == null) {
                account = new AccountForm(personId, person.data().email(), null);
            }
        }
        model.addAttribute("grant", grant);
        model.addAttribute("account", account);
        model.addAttribute("assignments", directory.active(personId, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        List<Role> roles = directory.grantableRoles();
        model.addAttribute("roles", roles);
        Role role = grant.role() != null ? grant.role() : roles.isEmpty() ? null : roles.get(roles.size() - 1);
        model.addAttribute("units", role == null ? List.of() : directory.grantableUnits(role));
        model.addAttribute("selectedRole", role);
        return "access/roles";
    }
}
