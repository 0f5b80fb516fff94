package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How an activity's stored due dates change when its deadline is corrected: dates that remain keep
 * their row (status and evidence), new dates are added, the others removed. An activity left without
 * dates keeps (or gets) its one undated row.
 *
 * @param added the new dates to store
 * @param removed the rows to delete
 * @param addUndated whether the undated row is to be added
 */
record DueMerge(List<LocalDate> added, List<DueDate> removed, boolean addUndated) {

    static DueMerge of(List<DueDate> existing, List<LocalDate> corrected) {
        Set<LocalDate> wanted = new TreeSet<>(corrected);
        Set<LocalDate> present = new TreeSet<>();
        existing.stream().filter(DueDate::dated).forEach(d -> present.add(d.dueOn()));
        List<LocalDate> added =
                wanted.stream().filter(d -> !present.contains(d)).toList();
        List<DueDate> removed = existing.stream()
                .filter(d -> d.dated() ? !wanted.contains(d.dueOn()) : !wanted.isEmpty())
                .toList();
        boolean hasUndated = existing.stream().anyMatch(d -> !d.dated());
        return new DueMerge(added, removed, wanted.isEmpty() && !hasUndated);
    }

    /** Removed rows that are part of the record: marked done or not applicable, or with evidence. */
    List<DueDate> tracked() {
        return removed.stream()
                .filter(d -> d.status().closed() || d.evidence() > 0)
                .toList();
    }
}
