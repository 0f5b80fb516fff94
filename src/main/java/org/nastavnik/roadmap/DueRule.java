package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** One rule of a deadline that yields due dates within a period. */
public sealed interface DueRule {

    /** The due dates of this rule between {@code from} and {@code to}, both inclusive. */
    List<LocalDate> dates(LocalDate from, LocalDate to);

    /** A fixed date: «до 05.09.2022», «25.04.2022», «декабрь 2021» (its last day). */
    record OnDate(LocalDate date) implements DueRule {
        @Override
        public List<LocalDate> dates(LocalDate from, LocalDate to) {
            return List.of(date);
        }
    }

    /**
     * Every year on a day of a month ({@code day} 0: the month's last day), in the years of the
     * period and, when the text names them, only in {@code fromYear}…{@code toYear}.
     */
    record EveryYear(int month, int day, Integer fromYear, Integer toYear) implements DueRule {
        @Override
        public List<LocalDate> dates(LocalDate from, LocalDate to) {
            List<LocalDate> dates = new ArrayList<>();
            int first = fromYear != null ? fromYear : from.getYear();
            int last = toYear != null ? toYear : to.getYear();
            for (int year = first; year <= last; year++) {
                YearMonth ym = YearMonth.of(year, month);
                LocalDate date = day == 0 ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    dates.add(date);
                }
            }
            return dates;
        }
    }

    /** Every month on a day ({@code 0}: the month's last day): «ежемесячно до 25 числа». */
    record EveryMonth(int day) implements DueRule {
        @Override
        public List<LocalDate> dates(LocalDate from, LocalDate to) {
            List<LocalDate> dates = new ArrayList<>();
            for (YearMonth ym = YearMonth.from(from); !ym.isAfter(YearMonth.from(to)); ym = ym.plusMonths(1)) {
                LocalDate date = day == 0 ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    dates.add(date);
                }
            }
            return dates;
        }
    }

    /** The last day of every quarter: «ежеквартально». */
    record EveryQuarter() implements DueRule {
        @Override
        public List<LocalDate> dates(LocalDate from, LocalDate to) {
            return new EveryMonth(0)
                    .dates(from, to).stream()
                            .filter(d -> d.getMonthValue() % 3 == 0)
                            .toList();
        }
    }

    /** The end of the period: «постоянно», «весь период», «в течение срока реализации проекта». */
    record EndOfPeriod() implements DueRule {
        @Override
        public List<LocalDate> dates(LocalDate from, LocalDate to) {
            return List.of(to);
        }
    }
}
