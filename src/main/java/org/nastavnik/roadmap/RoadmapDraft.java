package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A roadmap as the author enters it: the owner unit, title, goal (optional), period and the table
 * pasted as text.
 *
 * @param columns the author's mapping of the header's cells (null for a column not used); empty
 *     for the columns recognized by their headers
 * @param mappedHeader the header's cells (joined by tabs) the mapping was made for; when the table's
 *     header is no longer that, the mapping is dropped; null to apply it whatever the header
 */
public record RoadmapDraft(
        Long ownerUnitId,
        String title,
        String goal,
        LocalDate periodFrom,
        LocalDate periodTo,
        String table,
        List<RoadmapTable.Column> columns,
        String mappedHeader) {

    public RoadmapDraft {
        title = title == null ? null : title.strip();
        goal = goal == null || goal.isBlank() ? null : goal.strip();
        // a list with nulls (columns not used): List.copyOf would refuse them
        columns = columns == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(columns));
    }

    /** A draft read with the columns recognized by their headers. */
    public RoadmapDraft(Long ownerUnitId, String title, LocalDate periodFrom, LocalDate periodTo, String table) {
        this(ownerUnitId, title, null, periodFrom, periodTo, table, List.of(), null);
    }
}
