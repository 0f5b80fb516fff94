package org.nastavnik.document;

/**
 * A change of an order template; {@code version} is the one the editor loaded, so that a concurrent
 * change is caught instead of overwritten.
 */
public record TemplateEdit(String title, String preamble, String clauses, String signerPosition, Long version) {}
