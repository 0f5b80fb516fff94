package org.nastavnik.people;

import java.util.List;
import java.util.Map;

/**
 * One part of a person's data export: a name (e.g. {@code employments}) and its rows, each an
 * ordered map from a field name to its value (text, number, date, instant, enum, list or null).
 */
public record PersonalDataSection(String name, List<Map<String, Object>> rows) {}
