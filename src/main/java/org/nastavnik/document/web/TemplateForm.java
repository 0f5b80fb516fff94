package org.nastavnik.document.web;

import org.nastavnik.document.TemplateEdit;
import org.nastavnik.document.TemplateView;

/** The template edit form; the same fields as the API's request. */
record TemplateForm(String title, String preamble, String clauses, String signerPosition, Long version) {

    static TemplateForm of(TemplateView template) {
        return new TemplateForm(
                template.title(),
                template.preamble(),
                template.clauses(),
                template.signerPosition(),
                template.version());
    }

    TemplateEdit edit() {
        return new TemplateEdit(title, preamble, clauses, signerPosition, version);
    }
}
