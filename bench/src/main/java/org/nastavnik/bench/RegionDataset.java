package org.nastavnik.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fills a migrated, empty-of-bench-data «Наставник» database with a region-scale dataset
 * (DESIGN.md): 1 region, 30 municipalities, 1,500 organizations and 60,000 staff with their
 * employments, deterministic (fixed seed). Mentor and mentee profiles follow when the bank
 * module exists.
 *
 * <p>Usage: {@code RegionDataset jdbc-url user password [staff]}; it adds a new region each run.
 */
public final class RegionDataset {

    static final int MUNICIPALITIES = 30;
    static final int ORGANIZATIONS = 1_500;
    static final LocalDate REFERENCE = LocalDate.of(2026, 9, 1);

    public static void main(String[] args) throws Exception {
        int staff = args.length > 3 ? Integer.parseInt(args[3]) : 60_000;
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            new RegionDataset().generate(db, staff, new Random(60_000));
            db.commit();
        }
        System.out.printf(Locale.ROOT, "generated %d staff in %.1f s%n", staff, (System.nanoTime() - started) / 1e9);
    }

    void generate(Connection db, int staff, Random random) throws SQLException, IOException {
        Names names = Names.load();
        long regionId = nextval(db, "unit_seq");
        String regionPath = "/" + regionId + "/";
        insertUnit(db, regionId, null, "REGION", "REGION", regionPath, "Region " + regionId);
        List<long[]> organizations = new ArrayList<>();
        int[] orgOf = new int[staff];
        List<String> orgPaths = new ArrayList<>();
        for (int m = 0; m < MUNICIPALITIES; m++) {
            long municipality = nextval(db, "unit_seq");
            String path = regionPath + municipality + "/";
            insertUnit(db, municipality, regionId, "MUNICIPALITY", "MUNICIPALITY", path, "Municipality " + (m + 1));
            for (int o = 0; o < ORGANIZATIONS / MUNICIPALITIES; o++) {
                long id = nextval(db, "unit_seq");
                String type = o == 0 ? "EDUCATION_AUTHORITY" : o == 1 ? "COORDINATOR" : o % 5 == 0 ? "KINDERGARTEN" : "SCHOOL";
                insertUnit(db, id, municipality, "ORGANIZATION", type, path + id + "/", "Organization " + (m + 1) + "-" + (o + 1));
                organizations.add(new long[] {id});
                orgPaths.add(path + id + "/");
            }
        }
        long firstPerson = reserve(db, "person_seq", staff + 1);
        long firstEmployment = reserve(db, "employment_seq", staff);
        try (PreparedStatement person = db.prepareStatement("insert into person (id, last_name, first_name,"
                        + " middle_name, birth_date, email, search_text, sort_key) values (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement employment = db.prepareStatement("insert into employment (id, person_id,"
                        + " organization_id, organization_path, position_id, subject_ids, pedagogical_since,"
                        + " organization_since, qualification) values (?, ?, ?, ?, ?, ?::bigint[], ?, ?, ?)")) {
            java.util.Set<String> taken = new java.util.HashSet<>();
            for (int i = 0; i < staff; i++) {
                boolean female = random.nextInt(100) < 80;
                String last = names.pick("SURNAME", female, random);
                String first = names.pick("FIRST", female, random);
                String middle = names.pick("PATRONYMIC", female, random);
                String key = (last + " " + first + " " + middle).toLowerCase(new Locale("ru")).replace('\u0451', '\u0435');
                LocalDate birth;
                do {
                    birth = REFERENCE.minusYears(22 + random.nextInt(42)).minusDays(random.nextInt(365));
                } while (!taken.add(key + birth));
                long personId = firstPerson + i;
                person.setLong(1, personId);
                person.setString(2, last);
                person.setString(3, first);
                person.setString(4, middle);
                person.setDate(5, Date.valueOf(birth));
                person.setString(6, "bench" + personId + "@example.org");
                person.setString(7, key);
                person.setString(8, key);
                person.addBatch();
                int org = random.nextInt(organizations.size());
                orgOf[i] = org;
                LocalDate since = birth.plusYears(21 + random.nextInt(3));
                employment.setLong(1, firstEmployment + i);
                employment.setLong(2, personId);
                employment.setLong(3, organizations.get(org)[0]);
                employment.setString(4, orgPaths.get(org));
                employment.setLong(5, 1 + random.nextInt(20));
                employment.setString(6, "{" + (1 + random.nextInt(24)) + "}");
                employment.setDate(7, Date.valueOf(since.isAfter(REFERENCE) ? REFERENCE : since));
                employment.setDate(8, Date.valueOf(since.isAfter(REFERENCE) ? REFERENCE : since));
                employment.setString(9, random.nextInt(3) == 0 ? "HIGHEST" : random.nextBoolean() ? "FIRST" : "NONE");
                employment.addBatch();
                if (i % 5_000 == 4_999) {
                    person.executeBatch();
                    employment.executeBatch();
                }
            }
            person.executeBatch();
            employment.executeBatch();
        }
        banks(db, staff, firstPerson, orgOf, organizations, orgPaths, random);
        benchOperator(db, regionId, regionPath, firstPerson + staff);
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze person");
            analyze.execute("analyze employment");
            analyze.execute("analyze unit");
            analyze.execute("analyze mentor_profile");
            analyze.execute("analyze mentee_profile");
            analyze.execute("analyze mentee_deficit");
        }
        System.out.println("region id " + regionId + ", first organization id " + organizations.get(0)[0]);
    }

    /**
     * The banks of DESIGN.md's dataset: every sixth member of staff a mentor (10,000 of 60,000) with
     * one or two subjects and competencies, every sixth from the second and one in thirty more a mentee (12,000) with two
     * or three deficits; a third not confirmed this year.
     */
    private static void banks(
            Connection db,
            int staff,
            long firstPerson,
            int[] orgOf,
            List<long[]> organizations,
            List<String> orgPaths,
            Random random)
            throws SQLException {
        List<Long> competencies = ids(db, "COMPETENCY");
        List<Long> deficits = ids(db, "DEFICIT");
        long nextId = reserve(db, "bank_seq", staff);
        try (PreparedStatement mentor = db.prepareStatement("insert into mentor_profile (id, person_id,"
                        + " organization_id, organization_path, competency_ids, subject_ids, capacity,"
                        + " network_available, formats, consent_on, consent_document, status, status_since,"
                        + " confirmed_year) values (?, ?, ?, ?, ?::bigint[], ?::bigint[], ?, ?, '{IN_PERSON}',"
                        + " ?, 'bench', 'ACTIVE', ?, ?)");
                PreparedStatement mentee = db.prepareStatement("insert into mentee_profile (id, person_id,"
                        + " organization_id, organization_path, category, consent_on, consent_document, status,"
                        + " status_since, confirmed_year) values (?, ?, ?, ?, 'YOUNG_SPECIALIST', ?, 'bench',"
                        + " 'ACTIVE', ?, ?)");
                PreparedStatement deficit = db.prepareStatement("insert into mentee_deficit (profile_id, deficit_id,"
                        + " source, level) values (?, ?, 'DIAGNOSTICS', ?) on conflict do nothing")) {
            Date consent = Date.valueOf(REFERENCE);
            for (int i = 0; i < staff; i++) {
                int year = random.nextInt(3) == 0 ? REFERENCE.getYear() - 1 : REFERENCE.getYear();
                long org = organizations.get(orgOf[i])[0];
                if (i % 6 == 0) {
                    long id = nextId++;
                    mentor.setLong(1, id);
                    mentor.setLong(2, firstPerson + i);
                    mentor.setLong(3, org);
                    mentor.setString(4, orgPaths.get(orgOf[i]));
                    mentor.setString(5, "{" + competencies.get(random.nextInt(competencies.size())) + ","
                            + competencies.get(random.nextInt(competencies.size())) + "}");
                    mentor.setString(6, "{" + (1 + random.nextInt(24)) + "," + (1 + random.nextInt(24)) + "}");
                    mentor.setInt(7, random.nextInt(4));
                    mentor.setBoolean(8, random.nextBoolean());
                    mentor.setDate(9, consent);
                    mentor.setDate(10, consent);
                    mentor.setInt(11, year);
                    mentor.addBatch();
                } else if (i % 6 == 1 || i % 30 == 2) {
                    long id = nextId++;
                    mentee.setLong(1, id);
                    mentee.setLong(2, firstPerson + i);
                    mentee.setLong(3, org);
                    mentee.setString(4, orgPaths.get(orgOf[i]));
                    mentee.setDate(5, consent);
                    mentee.setDate(6, consent);
                    mentee.setInt(7, year);
                    mentee.addBatch();
                    for (int d = 0; d < 2 + random.nextInt(2); d++) {
                        deficit.setLong(1, id);
                        deficit.setLong(2, deficits.get(random.nextInt(deficits.size())));
                        deficit.setInt(3, 1 + random.nextInt(3));
                        deficit.addBatch();
                    }
                }
                if (i % 5_000 == 4_999) {
                    mentor.executeBatch();
                    mentee.executeBatch();
                    deficit.executeBatch();
                }
            }
            mentor.executeBatch();
            mentee.executeBatch();
            deficit.executeBatch();
        }
    }

    private static List<Long> ids(Connection db, String kind) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "select id from catalog_entry where kind = ? and not archived order by id")) {
            query.setString(1, kind);
            try (java.sql.ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The account a load test signs in with: a regional operator of this region, TOTP enrolled. */
    static final String OPERATOR_PASSWORD = "bench-operator-password";

    static final String OPERATOR_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static void benchOperator(Connection db, long regionId, String regionPath, long personId)
            throws SQLException {
        String email = "bench-operator-" + regionId + "@example.org";
        try (PreparedStatement person = db.prepareStatement("insert into person (id, last_name, first_name,"
                        + " email, search_text, sort_key) values (?, 'Bench', 'Operator', ?, 'bench operator',"
                        + " 'bench operator')");
                PreparedStatement account = db.prepareStatement("insert into account (id, person_id, username,"
                        + " password_hash, totp_secret) values (nextval('account_seq') + 1000000, ?, ?, ?, ?)");
                PreparedStatement role = db.prepareStatement("insert into role_assignment (id, person_id, role,"
                        + " unit_id, unit_path, granted_by) values (nextval('role_assignment_seq') + 1000000, ?,"
                        + " 'REGION_OPERATOR', ?, ?, 'bench')")) {
            person.setLong(1, personId);
            person.setString(2, email);
            person.executeUpdate();
            account.setLong(1, personId);
            account.setString(2, email);
            account.setString(3, "{noop}" + OPERATOR_PASSWORD);
            account.setString(4, OPERATOR_TOTP_SECRET);
            account.executeUpdate();
            role.setLong(1, personId);
            role.setLong(2, regionId);
            role.setString(3, regionPath);
            role.executeUpdate();
        }
        System.out.println("operator " + email + " / " + OPERATOR_PASSWORD + " / TOTP " + OPERATOR_TOTP_SECRET);
    }

    private static void insertUnit(Connection db, long id, Long parent, String level, String type, String path, String name)
            throws SQLException {
        try (PreparedStatement unit = db.prepareStatement("insert into unit (id, parent_id, level, type, path,"
                + " short_name, full_name, sort_key) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            unit.setLong(1, id);
            unit.setObject(2, parent);
            unit.setString(3, level);
            unit.setString(4, type);
            unit.setString(5, path);
            unit.setString(6, name);
            unit.setString(7, name);
            unit.setString(8, name.toLowerCase(Locale.ROOT));
            unit.executeUpdate();
        }
    }

    private static long nextval(Connection db, String sequence) throws SQLException {
        try (Statement statement = db.createStatement();
                var rows = statement.executeQuery("select nextval('" + sequence + "')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Reserves a block of ids above everything Hibernate's pooled optimizer (increment 50) may
     * have handed out, and moves the sequence past the block.
     */
    private static long reserve(Connection db, String sequence, int count) throws SQLException {
        long current = nextval(db, sequence);
        try (Statement statement = db.createStatement()) {
            statement.execute("select setval('" + sequence + "', " + (current + count + 100) + ")");
        }
        return current + 1;
    }

    /** Names from the application's demo resources. */
    record Names(List<String[]> rows) {
        static Names load() throws IOException {
            Path file = Path.of("../src/main/resources/demo/names.tsv");
            List<String[]> rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .toList();
            return new Names(rows);
        }

        String pick(String kind, boolean female, Random random) {
            List<String[]> ofKind = rows.stream().filter(r -> r[0].equals(kind)).toList();
            return ofKind.get(random.nextInt(ofKind.size()))[female ? 2 : 1];
        }
    }
}
