package org.nastavnik.structure.web;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.validation.OnUpdate;
import org.nastavnik.structure.AgreementService;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitType;
import org.nastavnik.structure.UnitView;
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

/** The hierarchy page, the unit card and the unit form. */
@Controller
class UnitController {

    private final StructureService structure;
    private final AgreementService agreements;

    UnitController(StructureService structure, AgreementService agreements) {
        this.structure = structure;
        this.agreements = agreements;
    }

    @GetMapping("/units")
    String tree(@RequestParam(defaultValue = "false") boolean archived, Model model) {
        model.addAttribute("roots", structure.tree(archived));
        model.addAttribute("withArchived", archived);
        return "structure/tree";
    }

    @GetMapping("/units/{id}")
    String card(@PathVariable long id, Model model) {
        UnitView unit = structure.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", structure.ancestors(unit));
        model.addAttribute("children", structure.children(id));
        model.addAttribute("mayEdit", structure.mayEdit(unit));
        model.addAttribute("agreements", agreements.of(id));
        model.addAttribute("mayAddAgreement", agreements.mayAddTo(unit));
        return "structure/card";
    }

    @GetMapping("/units/{parentId}/new")
    String newUnit(@PathVariable long parentId, @RequestParam(defaultValue = "SCHOOL") UnitType type, Model model) {
        UnitView parent = structure.editable(parentId);
        return form(model, parent, null, UnitForm.empty(type));
    }

    @PostMapping("/units/{parentId}/new")
    String create(
            @PathVariable long parentId,
            @Valid @ModelAttribute("form") UnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UnitView parent = structure.editable(parentId);
        if (errors.hasErrors()) {
            return form(model, parent, null, form);
        }
        try {
            UnitView created = structure.create(parentId, form.type(), form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/units/" + created.id();
        } catch (FieldProblem problem) {
            errors.rejectValue(problem.field(), problem.code());
            return form(model, parent, null, form);
        }
    }

    @GetMapping("/units/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UnitView unit = structure.editable(id);
        return form(model, null, unit, UnitForm.of(unit));
    }

    @PostMapping("/units/{id}/edit")
    String update(
            @PathVariable long id,
            @Validated({Default.class, OnUpdate.class}) @ModelAttribute("form") UnitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UnitView unit = structure.editable(id);
        if (errors.hasErrors()) {
            return form(model, null, unit, form);
        }
        try {
            structure.update(id, form.version(), form.type(), form.details());
        } catch (FieldProblem problem) {
            errors.rejectValue(problem.field(), problem.code());
            return form(model, null, unit, form);
        } catch (ConcurrentChangeException conflict) {
            errors.reject("conflict");
            model.addAttribute("current", structure.get(id));
            return form(model, null, unit, form);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units/" + id;
    }

    @PostMapping("/units/{id}/archive")
    String archive(@PathVariable long id, @RequestParam boolean archived, RedirectAttributes redirect) {
        structure.archive(id, archived);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units/" + id;
    }

    private String form(Model model, UnitView parent, UnitView unit, UnitForm form) {
        UnitLevel level = unit != null ? unit.level() : form.type().level();
        model.addAttribute("parent", parent);
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute(
                "types",
                java.util.Arrays.stream(UnitType.values())
                        .filter(t -> t.level() == level)
                        .toList());
        return "structure/form";
    }
}
