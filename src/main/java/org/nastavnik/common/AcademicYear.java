package org.nastavnik.common;

import java.time.LocalDate;
import java.time.Month;

/** The academic year, September to August, named by the year it starts in («2026/2027»). */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(
                date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "/" + (startYear + 1);
    }
}
