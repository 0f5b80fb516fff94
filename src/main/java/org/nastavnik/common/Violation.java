package org.nastavnik.common;

/** A broken rule about one field: the field name and the message code. */
public record Violation(String field, String code) {}
