package org.nastavnik.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems found so far: all are counted, the first {@code limit} are kept for the report.
 * The file's reader and the import's saver add to it from their two threads.
 */
final class ImportProblems {

    private final int limit;
    private final List<ImportProblem> kept = new ArrayList<>();
    private int count;

    ImportProblems(int limit) {
        this.limit = limit;
    }

    synchronized void add(ImportProblem problem) {
        count++;
        if (kept.size() < limit) {
            kept.add(problem);
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized boolean isEmpty() {
        return count == 0;
    }

    /** The kept problems by row, in the order found within a row. */
    synchronized List<ImportProblem> list() {
        return kept.stream().sorted(Comparator.comparingInt(ImportProblem::row)).toList();
    }
}
