package org.nastavnik.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cell as read from a staff list: its text as the user sees it, and for a number also the number
 * and, in a date column, the date it stands for (Excel stores dates as day numbers).
 */
record StaffCell(String text, BigDecimal number, LocalDate date) {

    static StaffCell text(String text) {
        return new StaffCell(text, null, null);
    }

    boolean isBlank() {
        return text == null || text.isBlank();
    }
}
