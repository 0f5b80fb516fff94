package org.nastavnik.roadmap;

import java.time.LocalDate;

/**
 * The order that approved a roadmap: its number and date as written on it, and who signed it
 * («Директор И.И. Иванова», optional).
 */
public record RoadmapBasis(String orderNumber, LocalDate orderDate, String approvedBy) {

    public static final int NUMBER_MAX = 50;
    public static final int APPROVED_BY_MAX = 300;

    /** The basis a row holds, or null when there is none. */
    static RoadmapBasis of(String orderNumber, LocalDate orderDate, String approvedBy) {
        return orderNumber == null || orderDate == null ? null : new RoadmapBasis(orderNumber, orderDate, approvedBy);
    }
}
