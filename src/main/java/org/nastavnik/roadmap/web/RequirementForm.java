package org.nastavnik.roadmap.web;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.structure.UnitType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Requiring an activity of the organizations: the due date, the organization types (none: all), whether
 * it asks for their roadmap, and the version read (null for a new requirement).
 */
record RequirementForm(
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate dueOn, List<UnitType> types, Boolean roadmap, Long version) {

    RequirementForm {
        types = types == null ? List.of() : types;
    }
}
