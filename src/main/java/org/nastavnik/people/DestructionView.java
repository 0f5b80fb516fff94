package org.nastavnik.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of the destruction journal.
 *
 * @param personLabel the full name the person had before the anonymization
 * @param categories codes of the destroyed categories: fullName, birthDate, email, phone, snils and
 *     those of {@link PersonalDataContributor}s (e.g. account)
 */
public record DestructionView(
        long id,
        long personId,
        String personLabel,
        List<String> categories,
        String systemName,
        String reason,
        LocalDate destroyedOn,
        LocalDate keepUntil,
        String recordedBy) {}
