package org.nastavnik.bank.web;

import jakarta.validation.constraints.Size;
import org.nastavnik.bank.BankRules;

/** The mentee's own form: the request in their words; the levels come as checklist parameters. */
record SelfAssessmentForm(@Size(max = BankRules.REQUEST_MAX) String requestText, Long version) {

    long versionOrStale() {
        return version == null ? -1 : version;
    }
}
