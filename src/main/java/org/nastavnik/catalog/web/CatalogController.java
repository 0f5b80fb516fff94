package org.nastavnik.catalog.web;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.catalog.CatalogService;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.validation.OnUpdate;
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

/** The reference lists: an overview, one list with its add form, and an entry's edit form. */
@Controller
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog")
    String index(Model model) {
        model.addAttribute("counts", catalog.counts());
        return "catalog/index";
    }

    @GetMapping("/catalog/{kind}")
    String list(@PathVariable String kind, Model model) {
        return list(model, CatalogKinds.of(kind), CatalogEntryForm.empty());
    }

    @PostMapping("/catalog/{kind}")
    String create(
            @PathVariable String kind,
            @Valid @ModelAttribute("form") CatalogEntryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CatalogKind list = CatalogKinds.of(kind);
        requireEditor();
        if (!errors.hasErrors()) {
            try {
                long id = catalog.create(list, form.data());
                redirect.addFlashAttribute("added", id);
                return "redirect:/catalog/" + list.slug();
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.code());
            }
        }
        return list(model, list, form);
    }

    @GetMapping("/catalog/entries/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        requireEditor();
        CatalogEntryView entry = catalog.get(id);
        return form(model, entry, CatalogEntryForm.of(entry));
    }

    @PostMapping("/catalog/entries/{id}/edit")
    String update(
            @PathVariable long id,
            @Validated({Default.class, OnUpdate.class}) @ModelAttribute("form") CatalogEntryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        requireEditor();
        CatalogEntryView entry = catalog.get(id);
        if (!errors.hasErrors()) {
            try {
                catalog.update(id, form.version(), form.data());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/catalog/" + entry.kind().slug();
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.code());
            } catch (ConcurrentChangeException conflict) {
                errors.reject("conflict");
                model.addAttribute("current", catalog.get(id));
            }
        }
        return form(model, entry, form);
    }

    @PostMapping("/catalog/entries/{id}/archive")
    String archive(@PathVariable long id, @RequestParam boolean archived, RedirectAttributes redirect) {
        CatalogEntryView entry = catalog.get(id);
        try {
            catalog.archive(id, archived);
            redirect.addFlashAttribute("saved", true);
        } catch (FieldProblem refused) {
            redirect.addFlashAttribute("refused", refused.code());
        }
        return "redirect:/catalog/" + entry.kind().slug();
    }

    private String list(Model model, CatalogKind kind, CatalogEntryForm form) {
        model.addAttribute("kind", kind);
        model.addAttribute("entries", catalog.entries(kind));
        model.addAttribute("groups", kind.group() == null ? java.util.List.of() : catalog.active(kind.group()));
        model.addAttribute("mayEdit", catalog.mayEdit());
        java.util.Map<Long, String> covers = new java.util.HashMap<>();
        if (kind == CatalogKind.COMPETENCY) {
            java.util.Map<Long, String> areas = catalog.names(CatalogKind.DEFICIT_AREA);
            catalog.entries(kind)
                    .forEach(e -> covers.put(
                            e.id(),
                            e.covers().stream().map(areas::get).collect(java.util.stream.Collectors.joining(", "))));
        }
        model.addAttribute("covers", covers);
        model.addAttribute("form", form);
        return "catalog/list";
    }

    private String form(Model model, CatalogEntryView entry, CatalogEntryForm form) {
        model.addAttribute("entry", entry);
        model.addAttribute("kind", entry.kind());
        model.addAttribute(
                "groups",
                entry.kind().group() == null
                        ? java.util.List.of()
                        : catalog.active(entry.kind().group()));
        model.addAttribute(
                "areas",
                entry.kind() == CatalogKind.COMPETENCY
                        ? catalog.entries(CatalogKind.DEFICIT_AREA).stream()
                                .filter(a -> !a.archived() || entry.covers().contains(a.id()))
                                .toList()
                        : java.util.List.of());
        model.addAttribute("form", form);
        return "catalog/edit";
    }

    private void requireEditor() {
        if (!catalog.mayEdit()) {
            throw new ForbiddenException("change the reference lists");
        }
    }
}
