package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Co-executors written in a responsible's cell, recognized only where the cell marks them: «Иванов
 * И.И. (отв.), Петрова А.А.» (the parts marked responsible, the others co-executors) or «Куратор;
 * соисполнители: педагог-психолог» (what follows the label). A cell that marks nothing is left as it
 * is: a list of names is not guessed into a responsible and co-executors. The words live in {@code
 * roadmap/responsible-words.properties}.
 */
final class CoExecutors {

    /** The responsible and the co-executors a marked cell names, each as written. */
    record Split(String responsible, String coExecutors) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Properties WORDS = RoadmapWords.load("responsible-words");
    private static final Pattern MARK = Pattern.compile(WORDS.getProperty("responsibleMark"), FLAGS);
    private static final Pattern LABEL = Pattern.compile(WORDS.getProperty("coExecutorsLabel"), FLAGS);
    private static final Pattern PARTS = Pattern.compile("[,;\\n]");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;.:]+|[\\s,;:]+$");

    private CoExecutors() {}

    /** The cell split where it marks its co-executors, or null when it marks nothing. */
    static Split split(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        Matcher label = LABEL.matcher(cell);
        if (label.find()) {
            String responsible = MARK.matcher(cell.substring(0, label.start())).replaceAll("");
            return new Split(trim(responsible), trim(cell.substring(label.end())));
        }
        if (!MARK.matcher(cell).find()) {
            return null;
        }
        List<String> marked = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String part : PARTS.split(cell)) {
            Matcher mark = MARK.matcher(part);
            String text = trim(mark.replaceAll(""));
            if (text.isEmpty()) {
                continue;
            }
            (mark.reset().find() ? marked : others).add(text);
        }
        if (marked.isEmpty()) {
            return null; // a mark standing alone between separators: nothing to tell apart
        }
        String separator = cell.indexOf('\n') >= 0 ? "\n" : ", ";
        return new Split(String.join(separator, marked), String.join(separator, others));
    }

    private static String trim(String text) {
        return EDGES.matcher(text.strip()).replaceAll("").strip();
    }
}
