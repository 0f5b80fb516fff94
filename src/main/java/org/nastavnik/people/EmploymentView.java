package org.nastavnik.people;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.common.Experience;

/**
 * An employment as the person card shows it, with experience computed for today; {@code mayEdit}
 * when the caller may change or end it.
 */
public record EmploymentView(
        long id,
        long organizationId,
        String organization,
        long positionId,
        String position,
        List<String> subjects,
        EmploymentData data,
        Experience pedagogicalExperience,
        Experience organizationExperience,
        LocalDate endedOn,
        long version,
        boolean mayEdit) {

    public boolean active() {
        return endedOn == null;
    }
}
