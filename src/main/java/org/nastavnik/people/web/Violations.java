package org.nastavnik.people.web;

import java.util.List;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.people.Violation;
import org.springframework.validation.BindingResult;

/** Broken rules as field errors beside their fields. */
final class Violations {

    private Violations() {}

    /** Adds the violations unless the form already has errors (one message a field is enough). */
    static void reject(BindingResult errors, List<Violation> violations) {
        if (errors.hasErrors()) {
            return;
        }
        for (Violation v : violations) {
            errors.rejectValue(v.field(), v.code());
        }
    }

    static void reject(BindingResult errors, FieldProblem problem) {
        errors.rejectValue(problem.field(), problem.code(), problem.arguments(), null);
    }
}
