package org.nastavnik.common.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found so far: all are counted, the first {@code limit} are kept for the report.
 * The file's reader and the import's saver add to it from their two threads.
 */
public final class ImportProblems {

    private final int limit;
    private final List<ImportProblem> kept = new ArrayList<>();
    private final java.util.Set<String> cells = new java.util.HashSet<>();
    private int count;

    public ImportProblems(int limit) {
        this.limit = limit;
    }

    public synchronized void add(ImportProblem problem) {
        count++;
        cells.add(problem.row() + "\u001f" + problem.column());
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    public synchronized int count() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    /** Whether a problem is about this cell already. */
    public synchronized boolean has(int row, String column) {
        return cells.contains(row + "\u001f" + column);
    }

    /** The kept problems by row, in the order found within a row. */
    public synchronized List<ImportProblem> list() {
        return kept.stream().sorted(Comparator.comparingInt(ImportProblem::row)).toList();
    }
}
