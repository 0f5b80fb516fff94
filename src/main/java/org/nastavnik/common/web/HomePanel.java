package org.nastavnik.common.web;

import java.util.Map;
import java.util.Optional;

/**
 * A module's panel on the home page: a template fragment and the values it shows, when the module
 * has something for the signed-in user.
 */
public interface HomePanel {

    Optional<Panel> panel();

    /** {@code fragment} as Thymeleaf names it ({@code bank/home :: panel}); the values as {@code panel.values}. */
    record Panel(String template, String selector, Map<String, Object> values) {}
}
