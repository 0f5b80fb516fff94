package org.nastavnik.structure;

import java.time.LocalDate;

/**
 * The editable part of an agreement with a social partner, already validated field by field;
 * {@link AgreementRules} checks what spans fields.
 */
public record AgreementData(
        String number,
        LocalDate signedOn,
        String subject,
        LocalDate validFrom,
        LocalDate validTo,
        String contactName,
        String contactPhone,
        String contactEmail) {}
