package org.nastavnik.roadmap.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nastavnik.roadmap.RoadmapDraft;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.roadmap.RoadmapTable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The roadmap import form: the owner, title, goal, period and the table pasted from Word or Excel. The
 * author's mapping of the header's cells is a request parameter of its own ({@code columns}, repeated
 * in order), not bound here: an indexed name such as {@code columns[100000]} in a hand-made request
 * would make the binder fail instead of being ignored.
 *
 * @param mappedHeader the header's cells, joined by tabs, the posted mapping was chosen for
 */
record RoadmapForm(
        @NotNull Long ownerUnitId,
        @NotBlank @Size(max = RoadmapService.TITLE_MAX) String title,
        @Size(max = RoadmapService.GOAL_MAX) String goal,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate periodFrom,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate periodTo,
        @NotBlank @Size(max = RoadmapService.TABLE_MAX) String table,
        @Size(max = 100_000) String mappedHeader) {

    /** The value of a header cell's choice for a column that is not read. */
    static final String NOT_USED = "NONE";

    static RoadmapForm empty(Long ownerUnitId) {
        return of(ownerUnitId, "", null, null, null, "");
    }

    /** A form whose table is read with the columns recognized by their headers. */
    static RoadmapForm of(
            Long ownerUnitId, String title, String goal, LocalDate periodFrom, LocalDate periodTo, String table) {
        return new RoadmapForm(ownerUnitId, title, goal, periodFrom, periodTo, table, null);
    }

    /**
     * The draft read with the author's mapping: the meaning of each header cell in order ({@link
     * RoadmapTable.Column} names, {@link #NOT_USED} for a column left out); null or empty for the
     * columns recognized by their headers.
     */
    RoadmapDraft draft(List<String> columns) {
        List<RoadmapTable.Column> mapping = new ArrayList<>();
        if (columns != null) {
            for (String column : columns) {
                mapping.add(column(column));
            }
        }
        return new RoadmapDraft(ownerUnitId, title, goal, periodFrom, periodTo, table, mapping, mappedHeader);
    }

    /** The meaning chosen for a cell; null for one not used (or a value no choice offers). */
    private static RoadmapTable.Column column(String name) {
        return Arrays.stream(RoadmapTable.Column.values())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
