package org.nastavnik.roadmap;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The labels of Word's automatic list numbering («1.», «2.1.», a bullet), which are not part of a
 * paragraph's text: a plan whose «№» column is a numbered list would otherwise have no numbers.
 * Counted per list in document order, each level restarting when a higher one moves on; every
 * numbering format is written in digits.
 */
final class WordListNumbers {

    private static final int LEVELS = 9;

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The paragraph's label followed by a space, or an empty string when it is not in a list. */
    String label(XWPFParagraph paragraph) {
        BigInteger list = paragraph.getNumID();
        if (list == null || list.signum() == 0) {
            return "";
        }
        BigInteger ilvl = paragraph.getNumIlvl();
        int level = ilvl == null ? 0 : Math.min(Math.max(ilvl.intValue(), 0), LEVELS - 1);
        int[] count = counters.computeIfAbsent(list, l -> new int[LEVELS]);
        BigInteger start = paragraph.getNumStartOverride();
        count[level] = count[level] == 0 ? (start == null ? 1 : start.intValue()) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String format = paragraph.getNumFmt();
        String text = paragraph.getNumLevelText();
        if (format == null || text == null || format.equals("none")) {
            return "";
        }
        if (format.equals("bullet")) {
            return "- ";
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int value = count[text.charAt(++i) - '1'];
                label.append(value == 0 ? 1 : value);
            } else {
                label.append(c);
            }
        }
        return label.append(' ').toString();
    }
}
