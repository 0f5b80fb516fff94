package org.nastavnik.roadmap;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.roadmap.Deadline.Kind;
import org.nastavnik.roadmap.DueRule.EndOfPeriod;
import org.nastavnik.roadmap.DueRule.EveryMonth;
import org.nastavnik.roadmap.DueRule.EveryQuarter;
import org.nastavnik.roadmap.DueRule.EveryYear;
import org.nastavnik.roadmap.DueRule.OnDate;

/**
 * Reads a deadline written in Russian («до 05.09 2022 г.», «Сентябрь, ежегодно (2022-2024 гг.)»,
 * «ежемесячно до 25 числа», «в течение учебного года», «при необходимости») into {@link DueRule}s.
 * The words come from {@code roadmap/deadline-patterns.properties}. What it cannot read is kept as
 * written with {@link Kind#UNKNOWN}; it never throws on text.
 */
public final class DeadlineInterpreter {

    private static final Pattern YEAR_RANGE = Pattern.compile("\\b(\\d{4})\\s*[-/]\\s*(\\d{4}|\\d{2})\\b");
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})(?:(?:\\.\\s*|\\s+)(\\d{4}|\\d{2})(?!\\d))?(?![\\d.])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final DeadlineInterpreter STANDARD = load();

    private final Pattern month;
    private final Pattern textDate;
    private final Pattern monthSpan;
    private final Pattern yearAbbreviation;
    private final Pattern yearly;
    private final Pattern monthly;
    private final Pattern monthDay;
    private final Pattern quarterly;
    private final Pattern conditional;
    private final Pattern relative;
    private final Pattern continuous;
    private final Pattern schoolYear;
    private final Pattern duringYear;
    private final Pattern afterYear;
    private final Pattern span;
    private final Pattern quarter;
    private final Pattern terms;
    private final Pattern halves;
    private final Pattern half;
    private final Pattern startOfYear;
    private final Pattern[] monthStems;

    private DeadlineInterpreter(Properties words) {
        String months = words.getProperty("months");
        this.monthStems = Arrays.stream(months.split("\\|"))
                .map(stem -> Pattern.compile("^(?:" + stem + ")"))
                .toArray(Pattern[]::new);
        this.month = Pattern.compile("(?<!\\p{IsCyrillic})(?:" + months + ")\\p{IsCyrillic}*");
        this.textDate = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+((?:" + months + ")\\p{IsCyrillic}*)(?:\\s+(\\d{4}))?");
        this.monthSpan = Pattern.compile("((?:" + months + ")\\p{IsCyrillic}*)\\s*(\\d{4})?\\s*-\\s*((?:" + months
                + ")\\p{IsCyrillic}*)\\s*(\\d{4})?");
        this.yearAbbreviation = pattern(words, "yearAbbreviation");
        this.yearly = pattern(words, "yearly");
        this.monthly = pattern(words, "monthly");
        this.monthDay = pattern(words, "monthDay");
        this.quarterly = pattern(words, "quarterly");
        this.conditional = pattern(words, "conditional");
        this.relative = pattern(words, "relative");
        this.continuous = pattern(words, "continuous");
        this.schoolYear = pattern(words, "schoolYear");
        this.duringYear = pattern(words, "duringYear");
        this.afterYear = pattern(words, "afterYear");
        this.span = pattern(words, "span");
        this.quarter = pattern(words, "quarter");
        this.terms = pattern(words, "terms");
        this.halves = pattern(words, "halves");
        this.half = pattern(words, "half");
        this.startOfYear = pattern(words, "startOfYear");
    }

    /** The interpreter with the words of the application's resource. */
    public static DeadlineInterpreter standard() {
        return STANDARD;
    }

    public Deadline interpret(String text) {
        String original = text == null ? "" : text;
        String t = normalize(original);
        if (t.isEmpty()) {
            return new Deadline(original, Kind.UNKNOWN, List.of());
        }
        Integer fromYear = null;
        Integer toYear = null;
        Matcher range = YEAR_RANGE.matcher(t);
        if (range.find()) {
            fromYear = Integer.parseInt(range.group(1));
            toYear = fullYear(range.group(2), fromYear);
            t = range.replaceFirst(" ");
        }
        if (conditional.matcher(t).find()) {
            return new Deadline(original, Kind.CONDITIONAL, List.of());
        }
        if (relative.matcher(t).find()) {
            return new Deadline(original, Kind.RELATIVE, List.of());
        }
        if (continuous.matcher(t).find()) {
            return new Deadline(original, Kind.CONTINUOUS, List.of(new EndOfPeriod()));
        }
        if (monthly.matcher(t).find()) {
            Matcher day = monthDay.matcher(t);
            int d = day.find() ? Integer.parseInt(day.group(1) != null ? day.group(1) : day.group(2)) : 0;
            return new Deadline(original, Kind.RECURRING, List.of(new EveryMonth(d > 31 ? 0 : d)));
        }
        if (quarterly.matcher(t).find()) {
            return new Deadline(original, Kind.RECURRING, List.of(new EveryQuarter()));
        }
        Matcher between = span.matcher(t);
        if (between.find()) {
            List<DueRule> end = dates(between.group(2), fromYear, toYear, false);
            if (!end.isEmpty()) {
                return new Deadline(original, Kind.SPAN, end);
            }
        }
        boolean school = schoolYear.matcher(t).find();
        if (school
                && fromYear != null
                && !month.matcher(t).find()
                && !NUMERIC_DATE.matcher(t).find()) {
            // «2022-2023 учебный год», «в течение 2022/2023 учебного года»: by the end of that year
            return new Deadline(original, Kind.DATES, List.of(new OnDate(LocalDate.of(toYear, 5, 31))));
        }
        if (startOfYear.matcher(t).find()) {
            return new Deadline(
                    original,
                    Kind.RECURRING,
                    List.of(new EveryYear(school ? 9 : 1, school ? 30 : 31, fromYear, toYear)));
        }
        Matcher which = half.matcher(t);
        if (which.find()) {
            boolean first = which.group(1).equals("1")
                    || which.group(1).equals("i")
                    || which.group(1).startsWith("\u043f");
            if (which.group(2) != null) {
                int y = Integer.parseInt(which.group(2));
                return new Deadline(
                        original, Kind.DATES, List.of(new OnDate(LocalDate.of(y, first ? 6 : 12, first ? 30 : 31))));
            }
            return new Deadline(original, Kind.RECURRING, List.of(new EveryYear(first ? 12 : 5, 31, fromYear, toYear)));
        }
        if (halves.matcher(t).find()) {
            return new Deadline(
                    original,
                    Kind.RECURRING,
                    List.of(new EveryYear(12, 31, fromYear, toYear), new EveryYear(5, 31, fromYear, toYear)));
        }
        if (terms.matcher(t).find()) {
            List<DueRule> ends = new ArrayList<>();
            for (int m : new int[] {10, 12, 3, 5}) {
                ends.add(new EveryYear(m, 0, fromYear, toYear));
            }
            return new Deadline(original, Kind.RECURRING, ends);
        }
        if (afterYear.matcher(t).find()) {
            return new Deadline(
                    original,
                    Kind.RECURRING,
                    List.of(new EveryYear(school ? 6 : 12, school ? 30 : 31, fromYear, toYear)));
        }
        if (duringYear.matcher(t).find()) {
            Matcher year = YEAR.matcher(t);
            if (year.find()) {
                return new Deadline(
                        original,
                        Kind.DATES,
                        List.of(new OnDate(LocalDate.of(Integer.parseInt(year.group(1)), 12, 31))));
            }
            return new Deadline(
                    original, Kind.RECURRING, List.of(new EveryYear(school ? 5 : 12, 31, fromYear, toYear)));
        }
        boolean recurring = yearly.matcher(t).find();
        Matcher months = monthSpan.matcher(t);
        if (months.find()) {
            int start = monthOf(months.group(1));
            int end = monthOf(months.group(3));
            if (months.group(4) != null) {
                // «сентябрь 2022 г. – май 2023 г.»: due at the end of the span
                int y = Integer.parseInt(months.group(4));
                return new Deadline(
                        original,
                        Kind.SPAN,
                        List.of(new OnDate(YearMonth.of(y, end).atEndOfMonth())));
            }
            Matcher year = YEAR.matcher(t);
            if (!recurring && fromYear == null && year.find()) {
                int y = Integer.parseInt(year.group(1)) + (end < start ? 1 : 0);
                return new Deadline(
                        original,
                        Kind.DATES,
                        List.of(new OnDate(YearMonth.of(y, end).atEndOfMonth())));
            }
            Integer first = fromYear == null ? null : end < start ? fromYear + 1 : fromYear;
            return new Deadline(original, Kind.RECURRING, List.of(new EveryYear(end, 0, first, toYear)));
        }
        Matcher q = quarter.matcher(t);
        if (q.find()) {
            int n =
                    switch (q.group(1)) {
                        case "i", "1" -> 1;
                        case "ii", "2" -> 2;
                        case "iii", "3" -> 3;
                        default -> 4;
                    };
            if (q.group(2) != null) {
                return new Deadline(
                        original,
                        Kind.DATES,
                        List.of(new OnDate(YearMonth.of(Integer.parseInt(q.group(2)), n * 3)
                                .atEndOfMonth())));
            }
            return new Deadline(original, Kind.RECURRING, List.of(new EveryYear(n * 3, 0, fromYear, toYear)));
        }
        List<DueRule> rules = dates(t, fromYear, toYear, recurring);
        if (rules.isEmpty() && recurring) {
            rules = List.of(new EveryYear(12, 31, fromYear, toYear));
        }
        if (rules.isEmpty()) {
            return new Deadline(original, Kind.UNKNOWN, List.of());
        }
        boolean repeats = rules.stream().anyMatch(r -> !(r instanceof OnDate));
        return new Deadline(original, repeats ? Kind.RECURRING : Kind.DATES, rules);
    }

    /**
     * The dates and months of a text: dates with a year are fixed, without a year every year;
     * months with years («май 2023, 2024») end those months, months without years recur.
     */
    private List<DueRule> dates(String text, Integer fromYear, Integer toYear, boolean recurring) {
        List<DueRule> rules = new ArrayList<>();
        String rest = text;
        Matcher numeric = NUMERIC_DATE.matcher(rest);
        StringBuilder left = new StringBuilder();
        while (numeric.find()) {
            int day = Integer.parseInt(numeric.group(1));
            int month = Integer.parseInt(numeric.group(2));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                continue;
            }
            add(rules, day, month, numeric.group(3), fromYear, toYear);
            numeric.appendReplacement(left, " ; ");
        }
        numeric.appendTail(left);
        rest = left.toString();
        Matcher written = textDate.matcher(rest);
        left = new StringBuilder();
        while (written.find()) {
            add(
                    rules,
                    Integer.parseInt(written.group(1)),
                    monthOf(written.group(2)),
                    written.group(3),
                    fromYear,
                    toYear);
            written.appendReplacement(left, " ; ");
        }
        written.appendTail(left);
        rest = left.toString();
        List<Integer> months = new ArrayList<>();
        Matcher named = month.matcher(rest);
        while (named.find()) {
            months.add(monthOf(named.group()));
        }
        List<Integer> years = new ArrayList<>();
        Matcher year = YEAR.matcher(rest);
        while (year.find()) {
            years.add(Integer.parseInt(year.group(1)));
        }
        if (!months.isEmpty()) {
            if (!years.isEmpty() && !recurring) {
                for (int y : years) {
                    for (int m : months) {
                        rules.add(new OnDate(YearMonth.of(y, m).atEndOfMonth()));
                    }
                }
            } else {
                for (int m : months) {
                    rules.add(new EveryYear(m, 0, fromYear, toYear));
                }
            }
        } else if (rules.isEmpty() && years.size() == 1 && !recurring) {
            rules.add(new OnDate(LocalDate.of(years.get(0), 12, 31)));
        }
        return rules;
    }

    private static void add(List<DueRule> rules, int day, int month, String year, Integer fromYear, Integer toYear) {
        try {
            if (year != null) {
                rules.add(new OnDate(LocalDate.of(fullYear(year, 2000), month, day)));
            } else {
                LocalDate.of(2000, month, day); // a day that exists in some year (29.02 included)
                rules.add(new EveryYear(month, day, fromYear, toYear));
            }
        } catch (DateTimeException impossible) {
            // «31.02.2022»: not a date; the text stays as written if nothing else is found
        }
    }

    private int monthOf(String word) {
        for (int i = 0; i < monthStems.length; i++) {
            if (monthStems[i].matcher(word).find()) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private static int fullYear(String year, int century) {
        int value = Integer.parseInt(year);
        return year.length() == 2 ? century / 100 * 100 + value : value;
    }

    private String normalize(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replace('\u0451', '\u0435')
                .replaceAll("(?i)<br\\s*/?>", " ; ")
                .replaceAll("[\\r\\n]+", " ; ")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("[()\\[\\]]", " ");
        t = yearAbbreviation.matcher(t).replaceAll(" ");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static Pattern pattern(Properties words, String key) {
        return Pattern.compile(words.getProperty(key));
    }

    private static DeadlineInterpreter load() {
        return new DeadlineInterpreter(RoadmapWords.load("deadline-patterns"));
    }
}
