package org.nastavnik.roadmap;

import org.nastavnik.structure.UnitType;

/**
 * What the matrix is filtered by; nulls filter nothing.
 *
 * @param roadmapId only the requirements of this roadmap
 * @param municipalityId only the organizations under this unit
 * @param type only organizations of this type
 * @param lateOnly only organizations with an overdue requirement
 * @param withdrawn the withdrawn requirements (with what the organizations recorded) instead of the
 *     ones in force
 * @param page the page of rows (from 0), or null for all rows
 */
public record CascadeFilter(
        Long roadmapId, Long municipalityId, UnitType type, boolean lateOnly, boolean withdrawn, Integer page) {

    public static final int PAGE_SIZE = 100;

    public static final CascadeFilter ALL = new CascadeFilter(null, null, null, false, false, null);

    /** The same filter for every row, as an export reads it. */
    public CascadeFilter allRows() {
        return new CascadeFilter(roadmapId, municipalityId, type, lateOnly, withdrawn, null);
    }
}
