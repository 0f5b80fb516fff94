package org.nastavnik.roadmap.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.nastavnik.roadmap.RoadmapDraft;
import org.nastavnik.roadmap.RoadmapService;
import org.springframework.format.annotation.DateTimeFormat;

/** The roadmap import form: the owner, title, period and the table pasted from Word or Excel. */
record RoadmapForm(
        @NotNull Long ownerUnitId,
        @NotBlank @Size(max = RoadmapService.TITLE_MAX) String title,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate periodFrom,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate periodTo,
        @NotBlank @Size(max = 2_000_000) String table) {

    static RoadmapForm empty(Long ownerUnitId) {
        return new RoadmapForm(ownerUnitId, "", null, null, "");
    }

    RoadmapDraft draft() {
        return new RoadmapDraft(ownerUnitId, title, periodFrom, periodTo, table);
    }
}
