package org.nastavnik.people.web;

import java.util.List;
import java.util.function.Supplier;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.people.Violation;
import org.springframework.validation.BindingResult;

/** Broken rules as field errors beside their fields. */
final class Violations {

    private Violations() {}

    /**
     * Checks the rules only when the form has no errors yet (its values may be missing before, and
     * one message a field is enough) and adds what they find.
     */
    static void reject(BindingResult errors, Supplier<List<Violation>> rules) {
        if (errors.hasErrors()) {
            return;
        }
        for (Violation v : rules.get()) {
            errors.rejectValue(v.field(), v.code());
        }
    }

    static void reject(BindingResult errors, FieldProblem problem) {
        errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
    }
}
