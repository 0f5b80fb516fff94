package org.nastavnik.document;

/** How an order's file came to the registry. */
public enum OrderSource {
    /** Written by the application from a template (and signed on paper). */
    GENERATED,
    /** A scan or file of a signed order, uploaded by its keeper. */
    UPLOADED
}
