package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.List;

/**
 * A roadmap with its lines, as its page shows it; {@code goal} is null when it states none, {@code
 * basis} the approving order (null when there is none), {@code version} what a change of its title,
 * goal or status must name.
 */
public record RoadmapView(
        long id,
        long ownerUnitId,
        String owner,
        String title,
        String goal,
        LocalDate periodFrom,
        LocalDate periodTo,
        String status,
        List<RoadmapLine> lines,
        String ownerFullName,
        RoadmapBasis basis,
        long version) {

    /** Activities whose deadline was not understood: the author should look at them. */
    public long notUnderstood() {
        return lines.stream().filter(l -> !l.understood()).count();
    }
}
