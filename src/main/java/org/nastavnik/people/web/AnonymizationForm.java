package org.nastavnik.people.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request to anonymize a person: why, and the confirmation that it cannot be undone. */
record AnonymizationForm(
        @NotBlank @Size(max = 1000) String reason, @NotNull @AssertTrue Boolean confirmed, long version) {}
