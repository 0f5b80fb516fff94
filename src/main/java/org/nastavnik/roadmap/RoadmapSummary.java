package org.nastavnik.roadmap;

import java.time.LocalDate;

/** A roadmap in the list. */
public record RoadmapSummary(
        long id,
        String title,
        String owner,
        LocalDate periodFrom,
        LocalDate periodTo,
        String status,
        long activities) {}
