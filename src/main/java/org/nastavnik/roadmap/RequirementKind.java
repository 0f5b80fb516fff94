package org.nastavnik.roadmap;

/**
 * What a cascade requirement asks of an organization: an activity proved by evidence, or its own
 * roadmap, which an approved roadmap of the organization proves by itself.
 */
public enum RequirementKind {
    ACTION,
    ROADMAP
}
