package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.common.AcademicYear;

/**
 * What the text before a roadmap's table says: the title («Дорожная карта (план мероприятий) по
 * реализации …», with the paragraphs that go on with it), the period it states («на 2022-2024 годы»
 * are calendar years, «2023/2024 учебный год» an academic one), and the approval stamp. The words
 * are in {@code roadmap/preamble-patterns.properties}.
 *
 * @param title the title, or the file's name without its extension when the text has none
 * @param goal what a paragraph «Цель: …» states, or null
 * @param periodFrom null when the text states no period
 * @param approval as written on one line, or null
 */
public record RoadmapPreamble(String title, String goal, LocalDate periodFrom, LocalDate periodTo, String approval) {

    private static final Properties WORDS = RoadmapWords.load("preamble-patterns");
    private static final Pattern TITLE = pattern("title");
    private static final Pattern TITLE_CONTINUES = pattern("titleContinues");
    private static final Pattern APPROVAL = pattern("approval");
    private static final Pattern APPROVAL_END = pattern("approvalEnd");
    private static final Pattern ORDER = pattern("order");
    private static final Pattern ACADEMIC_YEARS = pattern("academicYears");
    private static final Pattern YEARS = pattern("years");
    private static final Pattern YEAR = pattern("year");
    private static final Pattern GOAL = pattern("goal");

    /** A title paragraph longer than this is prose that mentions the roadmap, not its title. */
    private static final int TITLE_LINE_MAX = 300;

    private static final int BLOCK_MAX_LINES = 6;

    static RoadmapPreamble of(List<String> paragraphs, String fileName) {
        List<String> lines = paragraphs.stream()
                .map(p -> RoadmapTable.normalize(p).replace('\n', ' '))
                .toList();
        String title = title(lines);
        String period = title == null ? "" : title;
        LocalDate[] dates = period(period);
        for (int i = 0; dates == null && i < lines.size(); i++) {
            dates = period(lines.get(i));
        }
        return new RoadmapPreamble(
                title == null ? fileTitle(fileName) : cut(title, RoadmapService.TITLE_MAX),
                goal(lines),
                dates == null ? null : dates[0],
                dates == null ? null : dates[1],
                approval(lines));
    }

    private static String title(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > TITLE_LINE_MAX || !TITLE.matcher(lower(line)).find()) {
                continue;
            }
            StringBuilder title = new StringBuilder(line);
            int taken = 1;
            for (int next = i + 1; next < lines.size() && taken < BLOCK_MAX_LINES; next++) {
                String more = lines.get(next);
                if (more.isEmpty()) {
                    continue;
                }
                if (!Character.isLowerCase(more.charAt(0))
                        && !TITLE_CONTINUES.matcher(lower(more)).find()) {
                    break;
                }
                title.append(' ').append(more);
                taken++;
            }
            return title.toString();
        }
        return null;
    }

    /** What the first paragraph «Цель: …» states, as written; null without one. */
    private static String goal(List<String> lines) {
        for (String line : lines) {
            Matcher goal = GOAL.matcher(lower(line));
            if (goal.find()) {
                String written = line.substring(goal.start(1)).strip();
                return written.isEmpty() ? null : cut(written, RoadmapService.GOAL_MAX);
            }
        }
        return null;
    }

    /** The first and last day of the period a line states, or null. */
    private static LocalDate[] period(String line) {
        String text = lower(line);
        Matcher academic = ACADEMIC_YEARS.matcher(text);
        if (academic.find()) {
            return ordered(
                    new AcademicYear(Integer.parseInt(academic.group(1))).firstDay(),
                    new AcademicYear(Integer.parseInt(academic.group(2)) - 1).lastDay());
        }
        Matcher years = YEARS.matcher(text);
        if (years.find()) {
            return ordered(
                    LocalDate.of(Integer.parseInt(years.group(1)), Month.JANUARY, 1),
                    LocalDate.of(Integer.parseInt(years.group(2)), Month.DECEMBER, 31));
        }
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return new LocalDate[] {LocalDate.of(y, Month.JANUARY, 1), LocalDate.of(y, Month.DECEMBER, 31)};
        }
        return null;
    }

    private static LocalDate[] ordered(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? null : new LocalDate[] {from, to};
    }

    /** «УТВЕРЖДЕН приказом … от 17.02.2021 № 52» from its paragraphs, or an order's date and number alone. */
    private static String approval(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (APPROVAL.matcher(lower(lines.get(i))).find()) {
                List<String> block = new ArrayList<>(List.of(lines.get(i)));
                for (int next = i + 1;
                        next < lines.size()
                                && block.size() < BLOCK_MAX_LINES
                                && !APPROVAL_END
                                        .matcher(block.get(block.size() - 1))
                                        .find();
                        next++) {
                    if (lines.get(next).isEmpty() && block.size() > 1) {
                        break;
                    }
                    if (!lines.get(next).isEmpty()) {
                        block.add(lines.get(next));
                    }
                }
                return String.join(" ", block);
            }
        }
        return lines.stream()
                .filter(l -> ORDER.matcher(lower(l)).find())
                .findFirst()
                .orElse(null);
    }

    private static String fileTitle(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replaceAll("^.*[/\\\\]", "").replaceAll("(?i)\\.docx$", "");
        return cut(name.replace('_', ' ').strip(), RoadmapService.TITLE_MAX);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max);
        return text.substring(0, space > 0 ? space : max).strip();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u0451', '\u0435').replaceAll("[\u2010-\u2015\u2212]", "-");
    }

    private static Pattern pattern(String name) {
        return Pattern.compile(WORDS.getProperty(name));
    }
}
