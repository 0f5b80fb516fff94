package org.nastavnik.roadmap;

import java.time.LocalDate;

/** A roadmap in the list, with the progress of its due dates. */
public record RoadmapSummary(
        long id,
        String title,
        String owner,
        LocalDate periodFrom,
        LocalDate periodTo,
        String status,
        long activities,
        Progress progress) {}
