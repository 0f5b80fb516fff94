package org.nastavnik.common.web;

import java.util.List;
import java.util.function.Supplier;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.Violation;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Broken rules as field errors beside their fields. */
public final class Violations {

    private Violations() {}

    /**
     * Checks the rules only when the form has no errors yet (its values may be missing before, and
     * one message a field is enough) and adds what they find.
     */
    public static void reject(BindingResult errors, Supplier<List<Violation>> rules) {
        if (errors.hasErrors()) {
            return;
        }
        for (Violation v : rules.get()) {
            reject(errors, v.field(), v.code(), v.arguments());
        }
    }

    /** Every rule the problem carries. */
    public static void reject(BindingResult errors, FieldProblem problem) {
        problem.violations().forEach(v -> reject(errors, v.field(), v.code(), v.arguments()));
    }

    /** Beside its field, or above the form when the form has no such field (a checklist, say). */
    private static void reject(BindingResult errors, String field, String code, Object[] arguments) {
        Object target = errors.getTarget();
        if (target != null && new BeanWrapperImpl(target).isReadableProperty(field)) {
            errors.rejectValue(field, code, arguments, null);
        } else {
            errors.reject(code, arguments, null);
        }
    }
}
