package org.nastavnik.common.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cell as read from an imported sheet: its text as the user sees it, and for a number also the
 * number and, in a date column, the date it stands for (Excel stores dates as day numbers).
 */
public record SheetCell(String text, BigDecimal number, LocalDate date) {

    public static SheetCell text(String text) {
        return new SheetCell(text, null, null);
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
