package org.nastavnik.people.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.nastavnik.people.ParticipantData;
import org.nastavnik.people.ParticipantKind;
import org.nastavnik.people.ParticipantView;

/** The form of a participation; which fields are required depends on the kind (ParticipantRules). */
record ParticipantForm(
        @NotNull ParticipantKind kind,
        @NotNull Long organizationId,
        @Size(max = 20) String className,
        Integer course,
        @Size(max = 300) String programme,
        Integer graduationYear,
        @Size(max = 300) String employer,
        @Size(max = 200) String position,
        long version) {

    static ParticipantForm empty(ParticipantKind kind, Long organizationId) {
        return new ParticipantForm(kind, organizationId, "", null, "", null, "", "", 0);
    }

    static ParticipantForm of(ParticipantView participant) {
        ParticipantData data = participant.data();
        return new ParticipantForm(
                data.kind(),
                data.organizationId(),
                data.className(),
                data.course(),
                data.programme(),
                data.graduationYear(),
                data.employer(),
                data.position(),
                participant.version());
    }

    /** The data with only the fields of its kind, as the service stores it. */
    ParticipantData data() {
        return new ParticipantData(
                        kind,
                        organizationId == null ? 0 : organizationId,
                        className,
                        course,
                        programme,
                        graduationYear,
                        employer,
                        position)
                .normalized();
    }
}
