package org.nastavnik.document;

import java.util.List;

/**
 * A template with its placeholders filled: the parts of an {@link OrderContent} that the template
 * gives.
 */
public record FilledOrder(String title, List<String> preamble, List<String> clauses, String signerPosition) {}
