package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.structure.UnitType;

/**
 * An activity of a region's or municipality's roadmap required of every educational organization
 * under the owner unit ({@code types} empty: of every type) by {@code dueOn}.
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
        long version) {}
