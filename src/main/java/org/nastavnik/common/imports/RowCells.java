package org.nastavnik.common.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.nastavnik.common.Identifiers;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.validation.Contacts;
import org.nastavnik.common.validation.Names;

/**
 * The cells of one imported row, read as the forms read their fields: each reading either gives a
 * value or adds a problem in its column with the form's message code (and gives null), so one
 * report shows everything wrong with the row.
 */
public final class RowCells<C extends Enum<C>> {

    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Pattern NAME = Pattern.compile(Names.PATTERN);
    private static final Pattern EMAIL = Pattern.compile(Contacts.EMAIL);
    private static final Pattern PHONE = Pattern.compile(Contacts.PHONE);
    private static final Pattern ITEMS = Pattern.compile("[;\\n]");
    private static final Pattern ITEMS_OR_COMMAS = Pattern.compile("[;,\\n]");
    private static final int SNILS_DIGITS = 11;

    private final int row;
    private final SheetCell[] cells;
    private final Function<C, String> headers;
    private final ImportProblems problems;

    /** @param headers the header of a column as the report names it */
    public RowCells(int row, SheetCell[] cells, Function<C, String> headers, ImportProblems problems) {
        this.row = row;
        this.cells = cells;
        this.headers = headers;
        this.problems = problems;
    }

    public int row() {
        return row;
    }

    /** The date of a cell: an Excel date, or text as dd.MM.yyyy; null when blank or wrong. */
    private static LocalDate parseDate(SheetCell cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        try {
            return LocalDate.parse(cell.text().strip(), DATE);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** The text of the cell, trimmed; null when blank. */
    public String text(C column) {
        SheetCell cell = cells[column.ordinal()];
        return cell == null ? null : RussianText.trimToNull(cell.text());
    }

    /**
     * The items of a list written in one cell, separated by «;» or line breaks, and by commas too
     * when the items' names have none.
     */
    public List<String> items(C column, boolean commas) {
        String value = text(column);
        return value == null
                ? List.of()
                : Arrays.stream((commas ? ITEMS_OR_COMMAS : ITEMS).split(value))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public String name(C column, boolean required) {
        String value = text(column);
        if (value == null) {
            if (required) {
                problem(column, "NotBlank");
            }
            return null;
        }
        if (value.length() > Names.MAX) {
            return reject(column, "Size");
        }
        if (!NAME.matcher(value).matches()) {
            return reject(column, "validation.name");
        }
        return value;
    }

    public LocalDate date(C column) {
        SheetCell cell = cells[column.ordinal()];
        if (cell == null || cell.isBlank()) {
            return null;
        }
        LocalDate date = parseDate(cell);
        if (date == null) {
            problem(column, "typeMismatch.java.time.LocalDate");
        }
        return date;
    }

    /** A whole number within the bounds; null when blank or wrong. */
    public Integer integer(C column, int min, int max) {
        SheetCell cell = cells[column.ordinal()];
        if (cell == null || cell.isBlank()) {
            return null;
        }
        try {
            int value = cell.number() != null
                    ? cell.number().intValueExact()
                    : Integer.parseInt(cell.text().strip());
            if (value < min || value > max) {
                problem(column, "import.number.range", min, max);
                return null;
            }
            return value;
        } catch (ArithmeticException | NumberFormatException notAWholeNumber) {
            problem(column, "typeMismatch.java.lang.Integer");
            return null;
        }
    }

    public String snils(C column) {
        SheetCell cell = cells[column.ordinal()];
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String digits =
                cell.number() != null ? wholeNumber(cell.number(), SNILS_DIGITS) : Identifiers.digits(cell.text());
        return Identifiers.validSnils(digits) ? digits : reject(column, "validation.snils");
    }

    public String email(C column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.length() > Contacts.EMAIL_MAX) {
            return reject(column, "Size");
        }
        return EMAIL.matcher(value).matches() ? value.toLowerCase(Locale.ROOT) : reject(column, "Email");
    }

    public String phone(C column) {
        SheetCell cell = cells[column.ordinal()];
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String value = cell.number() != null
                ? wholeNumber(cell.number(), 0)
                : cell.text().strip();
        if (value.length() > Contacts.PHONE_MAX) {
            return reject(column, "Size");
        }
        return PHONE.matcher(value).matches() ? value : reject(column, "validation.phone");
    }

    public <T> T reject(C column, String code, Object... arguments) {
        problem(column, code, arguments);
        return null;
    }

    public void problem(C column, String code, Object... arguments) {
        problems.add(new ImportProblem(row, headers.apply(column), shown(column), code, arguments));
    }

    private String shown(C column) {
        SheetCell cell = cells[column.ordinal()];
        if (cell == null) {
            return null;
        }
        if (cell.date() != null) {
            return SHOWN.format(cell.date());
        }
        return cell.number() != null ? cell.number().stripTrailingZeros().toPlainString() : cell.text();
    }

    /** A number from a cell as digits, left-padded with zeros to {@code width} (Excel drops them). */
    private static String wholeNumber(BigDecimal number, int width) {
        String digits;
        try {
            digits = number.toBigIntegerExact().toString();
        } catch (ArithmeticException fraction) {
            return number.toPlainString();
        }
        return digits.length() < width ? "0".repeat(width - digits.length()) + digits : digits;
    }
}
