package org.nastavnik.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the person card shows. {@code mayAttach}: the caller may add an employment or a
 * participation in one of their organizations.
 */
public record PersonCard(
        long id,
        PersonData data,
        LocalDate anonymizedOn,
        long version,
        List<EmploymentView> employments,
        List<ParticipantView> participants,
        List<ConsentView> consents,
        boolean mayEdit,
        boolean mayManagePersonalData,
        boolean mayAttach) {

    public String fullName() {
        return data.fullName();
    }

    /** The full name, or only the neutral label an anonymized person keeps. */
    public String displayName() {
        return anonymizedOn == null ? data.fullName() : data.lastName();
    }
}
