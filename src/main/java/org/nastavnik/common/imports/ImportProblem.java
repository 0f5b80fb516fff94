package org.nastavnik.common.imports;

/**
 * One line of an import report: what is wrong where. {@code row} is the row number as the
 * spreadsheet shows it (the header is row 1; 0 for the file as a whole), {@code column} the header
 * of the column (null for a whole row or file), {@code value} the cell as read, and the message is
 * {@code code} with {@code arguments} in messages_ru.properties.
 */
public record ImportProblem(int row, String column, String value, String code, Object... arguments) {

    public static ImportProblem ofFile(String code, Object... arguments) {
        return new ImportProblem(0, null, null, code, arguments);
    }
}
