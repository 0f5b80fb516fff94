package org.nastavnik.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.nastavnik.people.ConsentData;
import org.springframework.format.annotation.DateTimeFormat;

/** A consent to personal-data processing being recorded. */
record ConsentForm(
        @NotBlank @Size(max = 500) String purpose,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate givenOn,
        @NotBlank @Size(max = 500) String basisDocument) {

    ConsentData data() {
        return new ConsentData(purpose, givenOn, basisDocument);
    }
}
