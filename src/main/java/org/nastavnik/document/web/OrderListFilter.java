package org.nastavnik.document.web;

import org.nastavnik.document.OrderFilter;
import org.nastavnik.document.OrderType;

/** The registry's filters as the list page and the API take them from the query string. */
record OrderListFilter(Long unit, Integer year, OrderType type, String q) {

    OrderFilter filter() {
        return new OrderFilter(unit, year, type, q);
    }
}
