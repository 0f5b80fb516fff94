package org.nastavnik.structure.web;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.Map;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.validation.OnUpdate;
import org.nastavnik.structure.AgreementData;
import org.nastavnik.structure.AgreementRules;
import org.nastavnik.structure.AgreementService;
import org.nastavnik.structure.AgreementView;
import org.nastavnik.structure.StructureService;
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

/**
 * Agreements with social partners: registered from the partner's card, changed and archived from
 * the card of either side. {@code from} is the unit card to return to.
 */
@Controller
class AgreementController {

    private final AgreementService agreements;
    private final StructureService structure;

    AgreementController(AgreementService agreements, StructureService structure) {
        this.agreements = agreements;
        this.structure = structure;
    }

    @GetMapping("/units/{partnerId}/agreements/new")
    String newAgreement(@PathVariable long partnerId, Model model) {
        UnitView partner = partner(partnerId);
        return form(model, partner, null, AgreementForm.empty(null), partnerId);
    }

    @PostMapping("/units/{partnerId}/agreements/new")
    String create(
            @PathVariable long partnerId,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UnitView partner = partner(partnerId);
        checkRules(form, errors);
        if (!errors.hasErrors()) {
            try {
                agreements.create(partnerId, form.unitId(), form.data());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/units/" + partnerId;
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.code());
            }
        }
        return form(model, partner, null, form, partnerId);
    }

    @GetMapping("/agreements/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) Long from, Model model) {
        AgreementView agreement = agreements.forEdit(id);
        return form(model, null, agreement, AgreementForm.of(agreement), back(agreement, from));
    }

    @PostMapping("/agreements/{id}/edit")
    String update(
            @PathVariable long id,
            @RequestParam(required = false) Long from,
            @Validated({Default.class, OnUpdate.class}) @ModelAttribute("form") AgreementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AgreementView agreement = agreements.forEdit(id);
        checkRules(form, errors);
        if (!errors.hasErrors()) {
            try {
                agreements.update(id, form.version(), form.unitId(), form.data());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/units/" + back(agreement, from);
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.code());
            } catch (ConcurrentChangeException conflict) {
                errors.reject("conflict");
                model.addAttribute("current", agreements.get(id));
            }
        }
        return form(model, null, agreement, form, back(agreement, from));
    }

    @PostMapping("/agreements/{id}/archive")
    String archive(
            @PathVariable long id,
            @RequestParam boolean archived,
            @RequestParam(required = false) Long from,
            RedirectAttributes redirect) {
        AgreementView agreement = agreements.forEdit(id);
        agreements.archive(id, archived);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units/" + back(agreement, from);
    }

    /** The rules on dates, as soon as the dates themselves are valid (whatever else is not). */
    private void checkRules(AgreementForm form, BindingResult errors) {
        if (errors.hasFieldErrors("signedOn")
                || errors.hasFieldErrors("validFrom")
                || errors.hasFieldErrors("validTo")) {
            return;
        }
        AgreementData dates =
                new AgreementData(null, form.signedOn(), null, form.validFrom(), form.validTo(), null, null, null);
        for (Map.Entry<String, String> problem :
                AgreementRules.check(dates, agreements.today()).entrySet()) {
            errors.rejectValue(problem.getKey(), problem.getValue());
        }
    }

    /** A partner the caller sees and may register agreements with. */
    private UnitView partner(long partnerId) {
        UnitView partner = structure.get(partnerId);
        if (partner.type() != UnitType.PARTNER || partner.archived()) {
            throw new NotFoundException("partner", partnerId);
        }
        if (!agreements.mayAddTo(partner)) {
            throw new ForbiddenException("register agreements");
        }
        return partner;
    }

    /** The card to return to: the side the user came from, else the signing unit (theirs to edit). */
    private static long back(AgreementView agreement, Long from) {
        return from != null && from == agreement.partnerId() ? agreement.partnerId() : agreement.unitId();
    }

    private String form(Model model, UnitView partner, AgreementView agreement, AgreementForm form, long back) {
        model.addAttribute("partner", partner);
        model.addAttribute("agreement", agreement);
        model.addAttribute("form", form);
        model.addAttribute("units", agreements.signingUnits());
        model.addAttribute("back", back);
        return "structure/agreement-form";
    }
}
