package org.nastavnik.common.web;

import java.util.function.Supplier;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The end of a form post: the page again with the errors beside the fields, or the change and a
 * redirect to the card with the flash {@code saved} (post/redirect/get).
 */
public final class Submission {

    private Submission() {}

    /**
     * Runs the command unless the form has errors. A broken rule becomes a field error; a
     * concurrent change a global error with {@code current} (the values saved meanwhile) in the
     * model; nothing is saved in either case.
     */
    public static String submit(
            BindingResult errors,
            Model model,
            Object current,
            Runnable command,
            Supplier<String> page,
            String target,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.get();
        }
        try {
            command.run();
        } catch (ConcurrentChangeException conflict) {
            errors.reject("conflict");
            model.addAttribute("current", current);
            return page.get();
        } catch (FieldProblem problem) {
            Violations.reject(errors, problem);
            return page.get();
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + target;
    }
}
