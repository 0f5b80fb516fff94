package org.nastavnik.people;

import java.time.LocalDate;

/** A participation as the person card shows it; {@code mayEdit} when the caller may change or end it. */
public record ParticipantView(
        long id, String organization, ParticipantData data, LocalDate endedOn, long version, boolean mayEdit) {

    public boolean active() {
        return endedOn == null;
    }
}
