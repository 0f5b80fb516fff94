package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.structure.UnitType;

/**
 * The coordinator's matrix: organizations (rows) × required activities (columns), each cell the
 * organization's status and evidence, with the counts of each column over all rows that pass the
 * filter. {@code rows} holds one page of them, or all when no page was asked for.
 */
public record CascadeMatrix(LocalDate today, List<Column> columns, List<Row> rows, int totalRows, int page, int pages) {

    /**
     * A required activity with the counts of its cells by status; {@code manageable} when the caller
     * keeps the requiring roadmap (and so may withdraw or restore it).
     */
    public record Column(Requirement requirement, boolean manageable, Counts counts) {}

    /** Cells of a column by status; {@code total} counts the organizations it applies to. */
    public record Counts(int done, int notApplicable, int overdue, int planned, int total) {}

    /** An organization with its cells in the order of the columns (null where it is not required). */
    public record Row(long organizationId, String organization, UnitType type, String municipality, List<Cell> cells) {

        public boolean late() {
            return cells.stream().anyMatch(c -> c != null && c.status() == DueStatus.OVERDUE);
        }
    }

    /**
     * A cell: the status shown today, whether an approved roadmap made it done by itself, the number
     * of evidence items, and who recorded the status when.
     */
    public record Cell(
            long requirementId,
            DueStatus status,
            boolean automatic,
            int evidence,
            Long approvedRoadmapId,
            String changedBy,
            java.time.Instant changedAt) {}
}
