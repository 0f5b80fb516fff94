package org.nastavnik.document;

import java.time.Instant;

/**
 * An order template as the administrators edit it: placeholders in curly braces, the preamble's
 * paragraphs and the clauses one per line (clauses without their numbers).
 *
 * @param builtIn whether this is the built-in text (never changed, or returned to it)
 * @param version the version to send back with a change; 0 for the built-in text
 * @param updatedBy who changed it last; null for the built-in text
 */
public record TemplateView(
        OrderType type,
        String title,
        String preamble,
        String clauses,
        String signerPosition,
        boolean builtIn,
        long version,
        String updatedBy,
        Instant updatedAt) {}
