package org.nastavnik.bank;

import java.time.LocalDate;
import java.time.MonthDay;
import org.nastavnik.common.AcademicYear;

/**
 * What a municipality sets for its organizations' banks: the default capacity of a mentor and the
 * day of the academic year by which the banks are confirmed (10 September unless set).
 */
public record BankSettings(int defaultCapacity, MonthDay confirmationDeadline) {

    public static final int DEFAULT_CAPACITY = 3;
    public static final BankSettings DEFAULT = new BankSettings(DEFAULT_CAPACITY, MonthDay.of(9, 10));

    /** The deadline within the academic year: a September day in its first year, a May day in its second. */
    public LocalDate deadlineIn(AcademicYear year) {
        int calendarYear = confirmationDeadline.getMonthValue() >= 9 ? year.startYear() : year.startYear() + 1;
        return confirmationDeadline.atYear(calendarYear);
    }
}
