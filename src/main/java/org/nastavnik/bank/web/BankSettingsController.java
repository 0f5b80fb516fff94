package org.nastavnik.bank.web;

import java.time.MonthDay;
import java.util.List;
import org.nastavnik.bank.BankSettingsService;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.web.Submission;
import org.nastavnik.common.web.Violations;
import org.nastavnik.structure.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality's bank settings: a mentor's default capacity and the confirmation deadline. */
@Controller
class BankSettingsController {

    /** The form; the version is 0 before the first save. */
    record SettingsForm(Integer defaultCapacity, Integer deadlineDay, Integer deadlineMonth, Long version) {}

    private final BankSettingsService settings;

    BankSettingsController(BankSettingsService settings) {
        this.settings = settings;
    }

    /** The only municipality's form, or the choice among several. */
    @GetMapping("/bank/settings")
    String choose(Model model) {
        List<UnitView> municipalities = settings.municipalities();
        if (municipalities.isEmpty()) {
            throw new ForbiddenException("keep bank settings");
        }
        if (municipalities.size() == 1) {
            return "redirect:/bank/settings/" + municipalities.get(0).id();
        }
        model.addAttribute("municipalities", municipalities);
        return "bank/settings";
    }

    @GetMapping("/bank/settings/{id}")
    String form(@PathVariable long id, Model model) {
        BankSettingsService.Stored stored = settings.get(id);
        MonthDay deadline = stored.settings().confirmationDeadline();
        return page(
                model,
                stored,
                new SettingsForm(
                        stored.settings().defaultCapacity(),
                        deadline.getDayOfMonth(),
                        deadline.getMonthValue(),
                        stored.version()));
    }

    @PostMapping("/bank/settings/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") SettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        BankSettingsService.Stored stored = settings.get(id);
        Violations.reject(
                errors,
                () -> BankSettingsService.check(form.defaultCapacity(), form.deadlineDay(), form.deadlineMonth()));
        return Submission.submit(
                errors,
                model,
                null,
                () -> settings.save(
                        id,
                        form.version() == null ? -1 : form.version(),
                        form.defaultCapacity(),
                        MonthDay.of(form.deadlineMonth(), form.deadlineDay())),
                () -> page(model, stored, form),
                "/bank/settings/" + id,
                redirect);
    }

    private static String page(Model model, BankSettingsService.Stored stored, SettingsForm form) {
        model.addAttribute("municipality", stored.municipality());
        model.addAttribute("form", form);
        model.addAttribute(
                "months", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        return "bank/settings";
    }
}
