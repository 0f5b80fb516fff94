package org.nastavnik.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.nastavnik.common.Identifiers;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.validation.Contacts;
import org.nastavnik.common.validation.Names;
import org.nastavnik.common.validation.OnUpdate;
import org.nastavnik.common.validation.Snils;
import org.nastavnik.people.EmploymentData;
import org.nastavnik.people.PersonData;
import org.nastavnik.people.Qualification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-person form: identity, contacts and the first employment. {@code employment*} fields are
 * ignored when only the person is edited.
 */
public record PersonForm(
        @NotBlank @Size(max = Names.MAX) @Pattern(regexp = Names.PATTERN, message = "{validation.name}")
                String lastName,
        @NotBlank @Size(max = Names.MAX) @Pattern(regexp = Names.PATTERN, message = "{validation.name}")
                String firstName,
        @Size(max = Names.MAX) @Pattern(regexp = "^$|" + Names.PATTERN, message = "{validation.name}")
                String middleName,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate birthDate,
        @Email(regexp = "^$|" + Contacts.EMAIL) @Size(max = Contacts.EMAIL_MAX) String email,
        @Size(max = Contacts.PHONE_MAX) @Pattern(regexp = "^$|" + Contacts.PHONE, message = "{validation.phone}")
                String phone,
        @Snils String snils,
        @NotNull(groups = OnUpdate.class) Long version,
        @NotNull(groups = WithEmployment.class) Long organizationId,
        @NotNull(groups = WithEmployment.class) Long positionId,
        List<Long> subjectIds,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate pedagogicalSince,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate organizationSince,
        Qualification qualification,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate mentorCategorySince,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate methodistCategorySince) {

    /** The validation group of the fields of the first employment. */
    public interface WithEmployment {}

    public static PersonForm empty(Long organizationId) {
        return new PersonForm(
                "",
                "",
                "",
                null,
                "",
                "",
                "",
                0L,
                organizationId,
                null,
                List.of(),
                null,
                null,
                Qualification.NONE,
                null,
                null);
    }

    public static PersonForm of(PersonData data, long version) {
        return new PersonForm(
                data.lastName(),
                data.firstName(),
                data.middleName(),
                data.birthDate(),
                data.email(),
                data.phone(),
                Identifiers.formatSnils(data.snils()),
                version,
                null,
                null,
                List.of(),
                null,
                null,
                Qualification.NONE,
                null,
                null);
    }

    public PersonData person() {
        return new PersonData(
                lastName.strip(),
                firstName.strip(),
                RussianText.trimToNull(middleName),
                birthDate,
                email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT),
                RussianText.trimToNull(phone),
                RussianText.trimToNull(Identifiers.digits(snils)));
    }

    public EmploymentData employment() {
        return new EmploymentForm(
                        organizationId,
                        positionId,
                        subjectIds,
                        pedagogicalSince,
                        organizationSince,
                        qualification,
                        mentorCategorySince,
                        methodistCategorySince,
                        version == null ? 0L : version)
                .data();
    }
}
