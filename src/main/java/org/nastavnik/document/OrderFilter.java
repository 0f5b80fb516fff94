package org.nastavnik.document;

import java.util.List;
import org.nastavnik.common.RussianText;

/**
 * What the registry list is filtered by; nulls filter nothing.
 *
 * @param unitId the unit whose own orders to show
 * @param year the calendar year of the orders' dates
 * @param words words of the number or the title, all of which must occur
 */
public record OrderFilter(Long unitId, Integer year, OrderType type, String words) {

    public static final OrderFilter NONE = new OrderFilter(null, null, null, null);

    /** The search words, normalized as the registry stores its search text. */
    public List<String> searchWords() {
        return RussianText.words(words);
    }
}
