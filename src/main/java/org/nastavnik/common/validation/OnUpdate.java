package org.nastavnik.common.validation;

/**
 * The validation group of changes to an existing record: the version the client loaded must be
 * sent back, so that a concurrent change is caught instead of overwritten.
 */
public interface OnUpdate {}
