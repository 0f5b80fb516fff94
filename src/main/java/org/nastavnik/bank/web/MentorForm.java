package org.nastavnik.bank.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.nastavnik.bank.BankRules;
import org.nastavnik.bank.MentorData;
import org.nastavnik.bank.MentorProfile;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfileStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The mentor profile form; {@code organizationId} only when creating. */
record MentorForm(
        Long organizationId,
        List<Long> competencyIds,
        @Size(max = BankRules.NOTE_MAX) String competencyNote,
        List<Long> subjectIds,
        Integer capacity,
        Boolean networkAvailable,
        Set<MentoringFormat> formats,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate consentOn,
        @Size(max = BankRules.DOCUMENT_MAX) String consentDocument,
        ProfileStatus status,
        Long version) {

    static MentorForm of(Long organizationId, MentorData data, long version) {
        return new MentorForm(
                organizationId,
                data.competencyIds(),
                data.competencyNote(),
                data.subjectIds(),
                data.capacity(),
                data.networkAvailable(),
                data.formats(),
                data.consentOn(),
                data.consentDocument(),
                data.status(),
                version);
    }

    static MentorForm of(MentorProfile profile) {
        return of(null, profile.data(), profile.version());
    }

    long versionOrStale() {
        return version == null ? -1 : version;
    }

    MentorData data() {
        return new MentorData(
                competencyIds,
                competencyNote,
                subjectIds,
                capacity,
                Boolean.TRUE.equals(networkAvailable),
                formats,
                consentOn,
                consentDocument,
                status);
    }
}
