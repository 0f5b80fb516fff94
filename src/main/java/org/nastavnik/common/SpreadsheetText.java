package org.nastavnik.common;

/** Text written into exported spreadsheets, safe against formula injection. */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /**
     * A cell starting with = + - @ (or a tab or carriage return that some programs skip) would be
     * read as a formula by Excel; a leading apostrophe makes it text (OWASP CSV injection).
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
