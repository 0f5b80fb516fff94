package org.nastavnik.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.nastavnik.common.Identifiers;
import org.nastavnik.common.imports.RowCells;

/**
 * Builds staff-list workbooks for tests and benchmarks: {@link #valid(int, int)} gives N rows that
 * import cleanly, {@link #rows(int, int)} the same rows as values to spoil before {@link #write}.
 *
 * <p>Rows of one {@code seed} (0–999) never repeat each other, and rows of different seeds never
 * repeat each other or the demo region: СНИЛС start with 0 (the demo's never do) and carry the seed,
 * e-mails carry the seed, surnames are double (the demo's never are) and birth dates lie in a
 * two-week window of the seed. Full names differ between seeds below 80 too, so tests can find
 * their rows by name. Names, headers and reference lists are read from the application's
 * own resources, so this class holds no Russian text.
 */
public final class StaffWorkbooks {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.forLanguageTag("ru"));
    private static final Names NAMES = Names.load();
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1960, 1, 1);

    private StaffWorkbooks() {}

    /** The template's headers in template order. */
    public static List<String> headers() {
        return Arrays.stream(StaffColumn.values())
                .map(c -> MESSAGES.getString(c.headerCode()))
                .toList();
    }

    /** An .xlsx of {@code count} valid staff rows. */
    public static byte[] valid(int count, int seed) {
        return write(headers(), rows(count, seed));
    }

    /**
     * Valid rows as cell values in template order (String, LocalDate or null), each a mutable list
     * a test may change.
     */
    public static List<List<Object>> rows(int count, int seed) {
        if (seed < 0 || seed > 999 || count > 99_999) {
            throw new IllegalArgumentException("seed 0-999, at most 99,999 rows");
        }
        List<List<Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(i, seed));
        }
        return rows;
    }

    /** Writes the header and the rows; a LocalDate becomes an Excel date, anything else text. */
    public static byte[] write(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Nastavnik", "1.0");
            Worksheet sheet = workbook.newWorksheet(MESSAGES.getString("people.import.template.sheet"));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof LocalDate date) {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("dd.mm.yyyy").set();
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
                if (r % 1_000 == 999) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The seeded positions with their ids (1, 2, …, as the migration numbers them). */
    static List<Reference> positions() {
        return references(NAMES.positions());
    }

    static List<Reference> subjects() {
        return references(NAMES.subjects());
    }

    private static List<Reference> references(List<String> names) {
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            references.add(new Reference(i + 1, names.get(i)));
        }
        return references;
    }

    /** A valid СНИЛС of the seed's range (11 digits, starting with 0). */
    public static String snils(int i, int seed) {
        String body = String.format("%09d", seed * 100_000 + i);
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += (body.charAt(k) - '0') * (9 - k);
        }
        int check = sum % 101 == 100 ? 0 : sum % 101;
        return body + String.format("%02d", check);
    }

    public static String email(int i, int seed) {
        return "staff-" + seed + "-" + i + "@import.example.ru";
    }

    private static List<Object> row(int i, int seed) {
        boolean female = i % 3 != 0;
        int surnames = NAMES.surnames(female).size();
        List<Object> row = new ArrayList<>(Arrays.asList(new Object[StaffColumn.values().length]));
        // Double surname, first name and patronymic by the digits of seed·100000 + i: distinct
        // for every row of seeds below 80, and distinct within any seed.
        long n = seed * 100_000L + i;
        int a = (int) (n % surnames);
        String first = pick(NAMES.surnames(female), a);
        n /= surnames;
        String second = pick(NAMES.surnames(female), (int) (n % surnames) + a + 1);
        n /= surnames;
        row.set(StaffColumn.LAST_NAME.ordinal(), first + "-" + second);
        row.set(StaffColumn.FIRST_NAME.ordinal(), pick(NAMES.firstNames(female), (int) (n % 1_000_000)));
        n /= NAMES.firstNames(female).size();
        row.set(StaffColumn.MIDDLE_NAME.ordinal(), pick(NAMES.patronymics(female), (int) (n % 1_000_000)));
        LocalDate birth = FIRST_BIRTH.plusDays(seed * 14L + i % 14);
        row.set(StaffColumn.BIRTH_DATE.ordinal(), i % 4 == 0 ? birth.format(RowCells.DATE) : birth);
        String snils = snils(i, seed);
        row.set(StaffColumn.SNILS.ordinal(), i % 2 == 0 ? Identifiers.formatSnils(snils) : snils);
        row.set(StaffColumn.EMAIL.ordinal(), i % 5 == 4 ? null : email(i, seed));
        row.set(
                StaffColumn.PHONE.ordinal(),
                String.format("+7 9%02d %03d-%02d-%02d", i % 100, i % 1000, i % 97, i % 89));
        row.set(StaffColumn.POSITION.ordinal(), pick(NAMES.positions(), i));
        row.set(StaffColumn.SUBJECTS.ordinal(), subjects(i));
        LocalDate pedagogical = birth.plusYears(22).plusDays(i % 365);
        row.set(StaffColumn.PEDAGOGICAL_SINCE.ordinal(), pedagogical);
        row.set(StaffColumn.ORGANIZATION_SINCE.ordinal(), pedagogical.plusYears(i % 4));
        Qualification qualification = Qualification.values()[i % 3];
        row.set(
                StaffColumn.QUALIFICATION.ordinal(),
                qualification == Qualification.NONE && i % 2 == 0
                        ? null
                        : MESSAGES.getString("people.import.qualification." + qualification));
        // the categories exist since 01.09.2023, for the highest qualification only (i % 3 == 2)
        LocalDate categories = PersonRules.CATEGORIES_INTRODUCED.plusDays(i % 700);
        row.set(StaffColumn.MENTOR_CATEGORY_SINCE.ordinal(), i % 6 == 2 ? categories : null);
        row.set(StaffColumn.METHODIST_CATEGORY_SINCE.ordinal(), i % 15 == 2 ? categories.plusDays(30) : null);
        return row;
    }

    private static String subjects(int i) {
        List<String> subjects = NAMES.subjects();
        return switch (i % 3) {
            case 0 -> null;
            case 1 -> pick(subjects, i);
            default -> pick(subjects, i) + "; " + pick(subjects, i + 7);
        };
    }

    private static String pick(List<String> names, int index) {
        return names.get(Math.floorMod(index, names.size()));
    }

    /** The demo name lists and the seeded reference lists of the people module. */
    private record Names(
            List<String> maleSurnames,
            List<String> femaleSurnames,
            List<String> maleFirst,
            List<String> femaleFirst,
            List<String> malePatronymics,
            List<String> femalePatronymics,
            List<String> positions,
            List<String> subjects) {

        List<String> surnames(boolean female) {
            return female ? femaleSurnames : maleSurnames;
        }

        List<String> firstNames(boolean female) {
            return female ? femaleFirst : maleFirst;
        }

        List<String> patronymics(boolean female) {
            return female ? femalePatronymics : malePatronymics;
        }

        static Names load() {
            List<List<String>> lists = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                lists.add(new ArrayList<>());
            }
            for (String line : resource("demo/names.tsv").split("\n")) {
                String[] columns = line.split("\t");
                if (line.startsWith("#") || columns.length < 3) {
                    continue;
                }
                int kind =
                        switch (columns[0]) {
                            case "SURNAME" -> 0;
                            case "FIRST" -> 2;
                            default -> 4;
                        };
                lists.get(kind).add(columns[1].strip());
                lists.get(kind + 1).add(columns[2].strip());
            }
            String references = resource("db/migration/people/V3__positions_and_subjects.sql");
            int subjectsStart = references.indexOf("insert into subject");
            return new Names(
                    lists.get(0),
                    lists.get(1),
                    lists.get(2),
                    lists.get(3),
                    lists.get(4),
                    lists.get(5),
                    quoted(references.substring(0, subjectsStart)),
                    quoted(references.substring(subjectsStart)));
        }

        private static List<String> quoted(String sql) {
            List<String> names = new ArrayList<>();
            Matcher matcher = Pattern.compile("\\(\\d+, '([^']+)'").matcher(sql);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        private static String resource(String path) {
            try (InputStream in = StaffWorkbooks.class.getClassLoader().getResourceAsStream(path)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
