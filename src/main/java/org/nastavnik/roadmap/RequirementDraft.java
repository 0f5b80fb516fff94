package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.structure.UnitType;

/**
 * A requirement as the author sets it: the due date, the organization types it applies to (empty:
 * every educational organization), whether it asks for the organization's roadmap, and the version
 * read (null when the activity is not required yet).
 */
public record RequirementDraft(LocalDate dueOn, List<UnitType> types, RequirementKind kind, Long version) {

    public RequirementDraft {
        types = types == null ? List.of() : List.copyOf(types);
        kind = kind == null ? RequirementKind.ACTION : kind;
    }
}
