package org.nastavnik.people;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an import: either every row was saved ({@code saved} rows) or nothing was, and
 * {@code problems} says why (at most {@link StaffImport#MAX_REPORTED_PROBLEMS} of {@code
 * problemCount}).
 */
public record ImportResult(int rows, int saved, List<ImportProblem> problems, int problemCount, Duration took) {

    public boolean succeeded() {
        return problemCount == 0;
    }

    public boolean truncated() {
        return problems.size() < problemCount;
    }
}
