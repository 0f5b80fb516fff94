package org.nastavnik.bank;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.nastavnik.common.RussianText;

/** What a mentor profile says, as a form or the API gives it. */
public record MentorData(
        List<Long> competencyIds,
        String competencyNote,
        List<Long> subjectIds,
        Integer capacity,
        boolean networkAvailable,
        Set<MentoringFormat> formats,
        LocalDate consentOn,
        String consentDocument,
        ProfileStatus status) {

    public MentorData {
        competencyIds = competencyIds == null
                ? List.of()
                : competencyIds.stream().distinct().toList();
        subjectIds =
                subjectIds == null ? List.of() : subjectIds.stream().distinct().toList();
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        competencyNote = RussianText.trimToNull(competencyNote);
        consentDocument = RussianText.trimToNull(consentDocument);
    }
}
