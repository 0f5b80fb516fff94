package org.nastavnik.bench;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A bank of mentors or mentees for the whole region in the application's import template: the
 * first {@code rows} people of the dataset who work somewhere now and have no profile of that bank
 * yet, named as users name them — the organization by its short name, the person by e-mail (two
 * rows in three) or by full name and birth date — with subjects, competencies or deficits from the
 * database's reference lists and the words of the template from {@code messages_ru.properties}.
 *
 * <p>Usage: {@code BankFile <jdbc-url> <user> <password> <mentors|mentees> <rows> <out.xlsx>}
 */
public final class BankFile {

    private static final String[] PERSON = {"ORGANIZATION", "LAST_NAME", "FIRST_NAME", "MIDDLE_NAME", "BIRTH_DATE", "EMAIL"};
    private static final String[] MENTOR = {"SUBJECTS", "COMPETENCIES", "CAPACITY", "NETWORK", "FORMATS", "CONSENT_ON", "CONSENT_DOCUMENT"};
    private static final String[] MENTEE = {"CATEGORY", "REQUEST", "DEFICITS", "DEFICIT_SOURCE", "CONSENT_ON", "CONSENT_DOCUMENT"};

    public static void main(String[] args) throws Exception {
        boolean mentors = args[3].equals("mentors");
        int rows = Integer.parseInt(args[4]);
        Properties messages = StaffFile.messages();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2]);
                OutputStream out = new FileOutputStream(args[5])) {
            List<String> subjects = StaffFile.names(db, "subject");
            List<String> competencies = catalog(db, "COMPETENCY");
            List<String> deficits = catalog(db, "DEFICIT");
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("bank");
            List<String> columns = new ArrayList<>(List.of(PERSON));
            columns.addAll(List.of(mentors ? MENTOR : MENTEE));
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, messages.getProperty("bank.import.column." + columns.get(c)));
            }
            String table = mentors ? "mentor_profile" : "mentee_profile";
            try (PreparedStatement people = db.prepareStatement("select u.short_name, p.last_name, p.first_name,"
                    + " p.middle_name, p.birth_date, p.email from employment e join person p on p.id = e.person_id"
                    + " join unit u on u.id = e.organization_id where e.ended_on is null and not exists"
                    + " (select 1 from " + table + " b where b.person_id = e.person_id"
                    + " and b.organization_id = e.organization_id) order by e.id limit ?")) {
                people.setInt(1, rows);
                try (ResultSet person = people.executeQuery()) {
                    int r = 0;
                    while (person.next()) {
                        r++;
                        int i = r;
                        sheet.value(r, 0, person.getString(1));
                        sheet.value(r, 1, person.getString(2));
                        sheet.value(r, 2, person.getString(3));
                        sheet.value(r, 3, person.getString(4));
                        if (i % 3 == 0) {
                            StaffFile.date(sheet, r, 4, person.getObject(5, LocalDate.class));
                        } else {
                            sheet.value(r, 5, person.getString(6));
                        }
                        LocalDate consent = LocalDate.of(2026, 9, 1).minusDays(i % 300);
                        if (mentors) {
                            sheet.value(r, 6, subjects.get(i % subjects.size()));
                            sheet.value(r, 7, competencies.get(i % competencies.size()) + "; "
                                    + competencies.get((i / 7) % competencies.size()));
                            sheet.value(r, 8, 1 + i % 5);
                            sheet.value(r, 9, messages.getProperty(i % 4 == 0 ? "yes" : "no"));
                            sheet.value(r, 10, messages.getProperty("bank.format.IN_PERSON") + "; "
                                    + messages.getProperty("bank.format.MIXED"));
                            StaffFile.date(sheet, r, 11, consent);
                            sheet.value(r, 12, "Заявление № " + i);
                        } else {
                            sheet.value(r, 6, messages.getProperty("bank.category.YOUNG_SPECIALIST"));
                            sheet.value(r, 7, "Запрос " + i);
                            sheet.value(r, 8, deficits.get(i % deficits.size()) + " (3); "
                                    + deficits.get((i / 11) % deficits.size()));
                            sheet.value(r, 9, messages.getProperty("bank.source.DIAGNOSTICS"));
                            StaffFile.date(sheet, r, 10, consent);
                            sheet.value(r, 11, "Заявление № " + i);
                        }
                        if (r % 1_000 == 0) {
                            sheet.flush();
                        }
                    }
                }
            }
            workbook.finish();
        }
        System.out.printf(Locale.ROOT, "wrote %d %s rows to %s in %.1f s%n", rows, args[3], args[5],
                (System.nanoTime() - started) / 1e9);
    }

    private static List<String> catalog(Connection db, String kind) throws Exception {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "select name from catalog_entry where kind = ? and not archived order by position")) {
            query.setString(1, kind);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
