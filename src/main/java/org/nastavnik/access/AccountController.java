package org.nastavnik.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.nastavnik.common.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's account: roles and password change. */
@Controller
class AccountController {

    private final AccessService access;

    AccountController(AccessService access) {
        this.access = access;
    }

    record PasswordForm(@NotBlank String current, @NotBlank String next, @NotBlank String repeat) {}

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return page(model);
    }

    @PostMapping("/account/password")
    String change(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && !form.next().equals(form.repeat())) {
            errors.rejectValue("repeat", "password.repeatDiffers");
        }
        if (!errors.hasErrors()) {
            try {
                access.changePassword(form.current(), form.next());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/account";
            } catch (FieldProblem problem) {
                errors.rejectValue(problem.field(), problem.code());
            }
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("roles", access.myRoles());
        model.addAttribute("user", CurrentPolicy.signedIn().orElseThrow());
        return "access/account";
    }
}
