package org.nastavnik.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A staff list in the application's import template, every row valid and new: double surnames
 * (the region dataset has none) made distinct by the row number, valid and distinct СНИЛС,
 * e-mails, phones, a position and one or two subjects from the database's reference lists, dates
 * as dates, the qualification as a word of the template. Headers and words come from the
 * application's {@code messages_ru.properties}, so the file follows the template as it changes.
 *
 * <p>Usage: {@code StaffFile <jdbc-url> <user> <password> <rows> <seed> <out.xlsx>}
 */
public final class StaffFile {

    static final String[] COLUMNS = {
        "LAST_NAME",
        "FIRST_NAME",
        "MIDDLE_NAME",
        "BIRTH_DATE",
        "SNILS",
        "EMAIL",
        "PHONE",
        "POSITION",
        "SUBJECTS",
        "PEDAGOGICAL_SINCE",
        "ORGANIZATION_SINCE",
        "QUALIFICATION",
        "MENTOR_CATEGORY_SINCE",
        "METHODIST_CATEGORY_SINCE"
    };

    static final LocalDate CATEGORIES_INTRODUCED = LocalDate.of(2023, 9, 1);

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[3]);
        int seed = Integer.parseInt(args[4]);
        List<String> positions;
        List<String> subjects;
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            positions = names(db, "position");
            subjects = names(db, "subject");
        }
        long started = System.nanoTime();
        try (OutputStream out = new FileOutputStream(args[5])) {
            write(out, rows, seed, messages(), positions, subjects);
        }
        System.out.printf(
                Locale.ROOT,
                "wrote %d staff rows to %s in %.1f s%n",
                rows,
                args[5],
                (System.nanoTime() - started) / 1e9);
    }

    static void write(
            OutputStream out, int rows, int seed, Properties messages, List<String> positions, List<String> subjects)
            throws IOException {
        RegionDataset.Names names = RegionDataset.Names.load();
        Random random = new Random(seed);
        java.util.Set<String> taken = new java.util.HashSet<>();
        String[] qualifications = {
            messages.getProperty("people.import.qualification.NONE"),
            messages.getProperty("people.import.qualification.FIRST"),
            messages.getProperty("people.import.qualification.HIGHEST")
        };
        Workbook workbook = new Workbook(out, "bench", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getProperty("people.import.template.sheet"));
        for (int c = 0; c < COLUMNS.length; c++) {
            sheet.value(0, c, messages.getProperty("people.import.column." + COLUMNS[c]));
        }
        for (int i = 0; i < rows; i++) {
            int r = i + 1;
            boolean female = random.nextInt(100) < 80;
            String last = names.pick("SURNAME", female, random) + "-" + names.pick("SURNAME", female, random);
            String first = names.pick("FIRST", female, random);
            String middle = names.pick("PATRONYMIC", female, random);
            LocalDate birth;
            do { // the same full name and birth date would be a duplicate row
                birth = LocalDate.of(1962, 1, 1).plusDays(random.nextInt(42 * 365));
            } while (!taken.add(last + " " + first + " " + middle + " " + birth));
            sheet.value(r, 0, last);
            sheet.value(r, 1, first);
            sheet.value(r, 2, middle);
            date(sheet, r, 3, birth);
            sheet.value(r, 4, snils(seed * 1_000_000L + i));
            sheet.value(r, 5, "import-" + seed + "-" + i + "@bench.example.org");
            sheet.value(r, 6, String.format(Locale.ROOT, "+7 9%02d %03d-%02d-%02d", i % 100, i % 1000, i % 97, i % 89));
            sheet.value(r, 7, positions.get(random.nextInt(positions.size())));
            String subject = subjects.get(random.nextInt(subjects.size()));
            sheet.value(
                    r,
                    8,
                    random.nextBoolean() ? subject : subject + "; " + subjects.get(random.nextInt(subjects.size())));
            LocalDate since = birth.plusYears(21 + random.nextInt(3));
            LocalDate today = LocalDate.of(2026, 9, 1);
            since = since.isAfter(today) ? today : since;
            date(sheet, r, 9, since);
            date(sheet, r, 10, since.plusYears(random.nextInt(3)).isAfter(today) ? today : since);
            int qualification = random.nextInt(3);
            sheet.value(r, 11, qualifications[qualification]);
            if (qualification == 2 && random.nextInt(5) == 0) {
                date(sheet, r, 12, CATEGORIES_INTRODUCED.plusDays(random.nextInt(900)));
            }
            if (i % 1_000 == 999) {
                sheet.flush();
            }
        }
        workbook.finish();
    }

    /** A valid СНИЛС above 001-001-998 (below it there is no check number), formatted. */
    static String snils(long n) {
        long number = 100_000_000L + n;
        String digits = String.format(Locale.ROOT, "%09d", number);
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += (digits.charAt(k) - '0') * (9 - k);
        }
        int check = sum < 100 ? sum : sum == 100 || sum == 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " "
                + String.format(Locale.ROOT, "%02d", check);
    }

    static void date(Worksheet sheet, int row, int column, LocalDate value) {
        sheet.value(row, column, value);
        sheet.style(row, column).format("dd.mm.yyyy").set();
    }

    static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(
                new java.io.FileInputStream("../src/main/resources/messages_ru.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }

    static List<String> names(Connection db, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select name from " + table + " order by id")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
