package org.nastavnik.access;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.nastavnik.common.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's account: roles and password change. */
@Controller
class AccountController {

    private static final String ENROLL_SECRET = "nastavnik.accountEnrollSecret";

    private final AccessService access;
    private final SecondFactor secondFactor;

    AccountController(AccessService access, SecondFactor secondFactor) {
        this.access = access;
        this.secondFactor = secondFactor;
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

    /** Any user may turn on the second factor for themselves; it is then asked at every sign-in. */
    @PostMapping("/account/second-factor/start")
    String startSecondFactor(HttpSession session, Model model) {
        session.setAttribute(ENROLL_SECRET, secondFactor.newSecret());
        model.addAttribute("form", new PasswordForm("", "", ""));
        return page(model, session);
    }

    @PostMapping("/account/second-factor")
    String confirmSecondFactor(
            @RequestParam String code, HttpSession session, Model model, RedirectAttributes redirect) {
        SignedIn user = CurrentPolicy.signedIn().orElseThrow();
        String secret = (String) session.getAttribute(ENROLL_SECRET);
        if (secret == null) {
            return "redirect:/account";
        }
        if (!secondFactor.valid(secret, code)) {
            model.addAttribute("wrongCode", true);
            model.addAttribute("form", new PasswordForm("", "", ""));
            return page(model, session);
        }
        secondFactor.enroll(user.accountId(), secret);
        session.removeAttribute(ENROLL_SECRET);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account";
    }

    private String page(Model model) {
        return page(model, null);
    }

    private String page(Model model, HttpSession session) {
        SignedIn user = CurrentPolicy.signedIn().orElseThrow();
        model.addAttribute("roles", access.myRoles());
        model.addAttribute("user", user);
        model.addAttribute("secondFactorOn", secondFactor.enrolled(user.accountId()));
        String secret = session == null ? null : (String) session.getAttribute(ENROLL_SECRET);
        if (secret != null) {
            model.addAttribute("secret", secret);
            model.addAttribute("qr", secondFactor.qrCode(secret, user.username()));
        }
        return "access/account";
    }
}
