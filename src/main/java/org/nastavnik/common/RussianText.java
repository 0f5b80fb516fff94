package org.nastavnik.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Russian text as people search and sort it: case does not matter and «ё» equals «е».
 *
 * <p>A normalized key compared by code point is the Russian alphabetical order, because after
 * folding «ё» the Cyrillic lower-case letters а…я are consecutive code points; the database
 * compares such keys with the "C" collation, so the order is the same on every server.
 */
public final class RussianText {

    public static final Locale RU = Locale.forLanguageTag("ru-RU");

    private RussianText() {}

    /** Lower case, «ё» as «е», runs of white space as one space, trimmed; null as empty. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return singleSpaced(text.strip().toLowerCase(RU).replace('\u0451', '\u0435'));
    }

    /**
     * Each run of white space ({@code \\s}: space, tab, line breaks, form feed) as one space; the
     * text itself when it has none but single spaces (an import normalizes every name it reads).
     */
    private static String singleSpaced(String text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isSpace(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The normalized words of a search query, longest first (the most selective first). */
    public static List<String> words(String query) {
        String normalized = normalize(query).replaceAll("[%_\\\\]", " ").strip();
        if (normalized.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalized.split(" "))
                .filter(w -> !w.isBlank())
                .distinct()
                .sorted((a, b) -> b.length() - a.length())
                .limit(5)
                .toList();
    }

    /** The plural form for a count: "one" (1, 21), "few" (2–4, 22–24) or "many" (0, 5–20, 25…). */
    public static String pluralForm(long count) {
        long n = Math.abs(count) % 100;
        if (n >= 11 && n <= 14) {
            return "many";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "one";
            case 2, 3, 4 -> "few";
            default -> "many";
        };
    }

    /** Null for blank input, the stripped text otherwise. */
    public static String trimToNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
