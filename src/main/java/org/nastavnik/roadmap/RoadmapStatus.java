package org.nastavnik.roadmap;

/**
 * Where a roadmap stands: a draft (проект) is approved by an order, an approved roadmap is archived
 * when its period is over or it is replaced; an approved one goes back to a draft only while nothing
 * of it has been tracked (see {@link RoadmapApproval}).
 */
public enum RoadmapStatus {
    DRAFT,
    APPROVED,
    ARCHIVED;

    /** Whether a roadmap in this status may be moved to {@code target}. */
    public boolean mayBecome(RoadmapStatus target) {
        if (this == DRAFT) {
            return target == APPROVED;
        }
        if (this == APPROVED) {
            return target == ARCHIVED || target == DRAFT;
        }
        return false;
    }
}
