package org.nastavnik.common;

import java.time.LocalDate;
import java.time.Period;

/** A length of service computed from the date it started, in whole years and months. */
public record Experience(int years, int months) {

    public static Experience since(LocalDate start, LocalDate today) {
        if (start == null || start.isAfter(today)) {
            return new Experience(0, 0);
        }
        Period period = Period.between(start, today);
        return new Experience(period.getYears(), period.getMonths());
    }
}
