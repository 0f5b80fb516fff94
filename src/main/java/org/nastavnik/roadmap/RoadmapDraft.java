package org.nastavnik.roadmap;

import java.time.LocalDate;

/**
 * A roadmap as the author enters it: the owner unit, title, period and the table pasted as text.
 */
public record RoadmapDraft(Long ownerUnitId, String title, LocalDate periodFrom, LocalDate periodTo, String table) {

    public RoadmapDraft {
        title = title == null ? null : title.strip();
    }
}
