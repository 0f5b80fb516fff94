package org.nastavnik.document;

/** A registered order's file as it is downloaded. */
public record OrderFile(String name, String contentType, byte[] content) {}
