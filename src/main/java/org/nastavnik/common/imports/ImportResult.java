package org.nastavnik.common.imports;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an import: either every row was saved ({@code saved} rows) or nothing was, and
 * {@code problems} says why (at most the importer's limit of {@code
 * problemCount}).
 */
public record ImportResult(
        int rows, int saved, int updated, List<ImportProblem> problems, int problemCount, Duration took) {

    /** An import that only adds: nothing of what it saved was there before. */
    public ImportResult(int rows, int saved, List<ImportProblem> problems, int problemCount, Duration took) {
        this(rows, saved, 0, problems, problemCount, took);
    }

    /** Rows saved as new records. */
    public int created() {
        return saved - updated;
    }

    public boolean succeeded() {
        return problemCount == 0;
    }

    public boolean truncated() {
        return problems.size() < problemCount;
    }
}
