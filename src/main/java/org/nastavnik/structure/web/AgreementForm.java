package org.nastavnik.structure.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.validation.Contacts;
import org.nastavnik.common.validation.OnUpdate;
import org.nastavnik.structure.AgreementData;
import org.nastavnik.structure.AgreementView;
import org.springframework.format.annotation.DateTimeFormat;

/** The agreement form: number, dates, subject, the partner's contact and the signing unit. */
record AgreementForm(
        @NotNull Long unitId,
        @NotBlank @Size(max = 50) String number,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate signedOn,
        @NotBlank @Size(max = 1000) String subject,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate validFrom,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate validTo,
        @Size(max = 300) String contactName,
        @Size(max = Contacts.PHONE_MAX) @Pattern(regexp = "^$|" + Contacts.PHONE, message = "{validation.phone}")
                String contactPhone,
        @Email(regexp = "^$|" + Contacts.EMAIL) @Size(max = Contacts.EMAIL_MAX) String contactEmail,
        @NotNull(groups = OnUpdate.class) Long version) {

    static AgreementForm empty(Long unitId) {
        return new AgreementForm(unitId, "", null, "", null, null, "", "", "", 0L);
    }

    static AgreementForm of(AgreementView agreement) {
        AgreementData data = agreement.data();
        return new AgreementForm(
                agreement.unitId(),
                data.number(),
                data.signedOn(),
                data.subject(),
                data.validFrom(),
                data.validTo(),
                data.contactName(),
                data.contactPhone(),
                data.contactEmail(),
                agreement.version());
    }

    AgreementData data() {
        return new AgreementData(
                number.strip(),
                signedOn,
                subject.strip(),
                validFrom,
                validTo,
                RussianText.trimToNull(contactName),
                RussianText.trimToNull(contactPhone),
                contactEmail == null || contactEmail.isBlank()
                        ? null
                        : contactEmail.strip().toLowerCase(Locale.ROOT));
    }
}
