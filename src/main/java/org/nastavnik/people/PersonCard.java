package org.nastavnik.people;

import java.time.LocalDate;
import java.util.List;

/** Everything the person card shows. */
public record PersonCard(
        long id,
        PersonData data,
        LocalDate anonymizedOn,
        long version,
        List<EmploymentView> employments,
        List<ConsentView> consents,
        boolean mayEdit,
        boolean mayManagePersonalData) {

    public String fullName() {
        return data.fullName();
    }
}
