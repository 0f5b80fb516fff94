package org.nastavnik.people;

import java.time.LocalDate;

/** A person's identity and contacts, normalized (e-mail lower case, СНИЛС digits only). */
public record PersonData(
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        String email,
        String phone,
        String snils) {

    public String fullName() {
        return middleName == null || middleName.isBlank()
                ? lastName + " " + firstName
                : lastName + " " + firstName + " " + middleName;
    }
}
