package org.nastavnik.bank.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nastavnik.bank.BankRules;
import org.nastavnik.bank.DeficitSource;
import org.nastavnik.bank.MenteeCategory;
import org.nastavnik.bank.MenteeData;
import org.nastavnik.bank.MenteeData.DeficitMark;
import org.nastavnik.bank.MenteeProfile;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfileStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The mentee profile form; {@code organizationId} only when creating, {@code bothRoles} when the
 * person is a mentor too. Deficits come as {@code level.<id>} (1–3) and {@code source.<id>}
 * parameters of the checklist.
 */
record MenteeForm(
        Long organizationId,
        MenteeCategory category,
        @Size(max = BankRules.REQUEST_MAX) String requestText,
        MentoringFormat preferredFormat,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate consentOn,
        @Size(max = BankRules.DOCUMENT_MAX) String consentDocument,
        ProfileStatus status,
        Boolean bothRoles,
        Long version) {

    static MenteeForm of(Long organizationId, MenteeData data, long version) {
        return new MenteeForm(
                organizationId,
                data.category(),
                data.requestText(),
                data.preferredFormat(),
                data.consentOn(),
                data.consentDocument(),
                data.status(),
                false,
                version);
    }

    static MenteeForm of(MenteeProfile profile) {
        return of(null, profile.data(), profile.version());
    }

    long versionOrStale() {
        return version == null ? -1 : version;
    }

    boolean acknowledgedBothRoles() {
        return Boolean.TRUE.equals(bothRoles);
    }

    MenteeData data(List<DeficitMark> deficits) {
        return new MenteeData(category, requestText, preferredFormat, consentOn, consentDocument, status, deficits);
    }

    /**
     * The checklist's marks: a deficit with a level; without a readable source it counts as found
     * by diagnostics when the curator enters it, and a level out of 1–3 is kept for the rules to
     * refuse.
     */
    static List<DeficitMark> marks(Map<String, String> parameters, DeficitSource defaultSource) {
        List<DeficitMark> marks = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (!name.startsWith("level.") || value == null || value.isBlank()) {
                return;
            }
            try {
                long deficit = Long.parseLong(name.substring("level.".length()));
                int level = Integer.parseInt(value.strip());
                DeficitSource source = defaultSource;
                String given = parameters.get("source." + deficit);
                if (given != null && !given.isBlank()) {
                    source = DeficitSource.valueOf(given);
                }
                marks.add(new DeficitMark(deficit, source, level));
            } catch (IllegalArgumentException unreadable) {
                marks.add(new DeficitMark(-1, defaultSource, 0));
            }
        });
        return marks;
    }
}
