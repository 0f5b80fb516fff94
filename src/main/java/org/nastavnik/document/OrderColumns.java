package org.nastavnik.document;

import java.util.List;

/**
 * Widths of the annex table's columns, shared by both writers: each column by its longest word or
 * short cell (a «№» column stays narrow, a column of full names wide), within bounds.
 */
final class OrderColumns {

    /** Characters: the narrowest column fits «№ п/п», the widest is capped so others keep room. */
    private static final int MIN = 8;

    private static final int MAX = 30;

    private OrderColumns() {}

    /** The widths in the unit of {@code total} (twips, per cent), summing to it. */
    static int[] widths(OrderContent.Annex annex, int total) {
        int columns = annex.headers().size();
        int[] weights = new int[columns];
        for (int c = 0; c < columns; c++) {
            int weight = longestWord(annex.headers().get(c));
            for (List<String> row : annex.rows()) {
                weight = Math.max(weight, Math.min(row.get(c).length(), MAX));
            }
            weights[c] = Math.max(MIN, Math.min(MAX, weight));
        }
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] widths = new int[columns];
        int given = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = c == columns - 1 ? total - given : total * weights[c] / sum;
            given += widths[c];
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
