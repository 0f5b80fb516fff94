package org.nastavnik.bank;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.common.RussianText;

/** What a mentee profile says, as a form or the API gives it. */
public record MenteeData(
        MenteeCategory category,
        String requestText,
        MentoringFormat preferredFormat,
        LocalDate consentOn,
        String consentDocument,
        ProfileStatus status,
        List<DeficitMark> deficits) {

    public MenteeData {
        requestText = RussianText.trimToNull(requestText);
        consentDocument = RussianText.trimToNull(consentDocument);
        deficits = deficits == null ? List.of() : List.copyOf(deficits);
    }

    /** A deficit of the catalog with where it was found and how strong it is (1 to 3). */
    public record DeficitMark(long deficitId, DeficitSource source, int level) {}
}
