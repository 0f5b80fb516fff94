package org.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.nastavnik.structure.UnitType;

/**
 * An activity of a region's or municipality's roadmap required of every educational organization
 * under the owner unit ({@code types} empty: of every type) by {@code dueOn}; {@code withdrawal} is
 * set while its author has withdrawn it (it is then in no matrix or list but the withdrawn ones).
 */
public record Requirement(
        long id,
        long roadmapId,
        int position,
        String number,
        String activity,
        String roadmapTitle,
        String owner,
        LocalDate dueOn,
        RequirementKind kind,
        List<UnitType> types,
        long version,
        Withdrawal withdrawal) {

    /** Who withdrew the requirement, when and why. */
    public record Withdrawal(String by, Instant at, String reason) {}

    public boolean withdrawn() {
        return withdrawal != null;
    }
}
