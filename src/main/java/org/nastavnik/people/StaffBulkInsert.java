package org.nastavnik.people;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.nastavnik.structure.UnitView;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts checked staff rows in bulk: the persons of a chunk and then their employments are each
 * streamed to PostgreSQL with one {@code COPY … FROM STDIN}, the cheapest way into a table.
 *
 * <p>The import's transaction lets the GIN indexes (names' trigrams, employments' subjects) collect
 * the new entries in their pending lists instead of merging each into the index as it goes; after
 * the commit {@link #tidy()} merges them in bulk and refreshes the planner's statistics. Until then
 * searches still find the new people: GIN scans its pending list too.
 *
 * <p>Ids come from the same sequences Hibernate uses, in the same way: the sequences step by 50 and
 * Hibernate's pooled optimizer treats each value {@code v} it draws as the top of the block {@code
 * v-49 … v}. Drawing values with {@code nextval} and using exactly those blocks therefore never
 * collides with ids Hibernate hands out, in this or any other instance. The sequence's very first
 * value (1) is skipped: for it Hibernate's optimizer behaves differently.
 */
@Component
class StaffBulkInsert {

    /** The {@code allocationSize} of {@link Person} and {@link Employment}, the sequences' step. */
    static final int ALLOCATION = 50;

    /** Room for the pending entries of the largest file (60,000 rows, about 50 MB of trigrams). */
    private static final String PENDING_LIST_LIMIT = "128MB";

    private static final String PERSONS = "copy person (id, last_name, first_name, middle_name, birth_date, email,"
            + " phone, snils, search_text, sort_key) from stdin";
    private static final String EMPLOYMENTS = "copy employment (id, person_id, organization_id, organization_path,"
            + " position_id, subject_ids, pedagogical_since, organization_since, qualification,"
            + " mentor_category_since, methodist_category_since) from stdin";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StaffBulkInsert(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Saves a person and an employment in the organization for every row, in the caller's
     * transaction; the caller hands over a chunk of a few thousand rows at a time.
     */
    void insert(List<StaffRow> rows, UnitView organization) {
        long[] personIds = ids("person_seq", rows.size());
        long[] employmentIds = ids("employment_seq", rows.size());
        template.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local gin_pending_list_limit = '" + PENDING_LIST_LIMIT + "'");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (CopyRows persons = new CopyRows(copy, PERSONS)) {
                for (int i = 0; i < rows.size(); i++) {
                    PersonData p = rows.get(i).person();
                    String key = rows.get(i).nameKey();
                    persons.row(
                            personIds[i],
                            p.lastName(),
                            p.firstName(),
                            p.middleName(),
                            p.birthDate(),
                            p.email(),
                            p.phone(),
                            p.snils(),
                            key,
                            key);
                }
                persons.end();
            }
            try (CopyRows employments = new CopyRows(copy, EMPLOYMENTS)) {
                for (int i = 0; i < rows.size(); i++) {
                    EmploymentData e = rows.get(i).employment();
                    employments.row(
                            employmentIds[i],
                            personIds[i],
                            organization.id(),
                            organization.path(),
                            e.positionId(),
                            e.subjectIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")),
                            e.pedagogicalSince(),
                            e.organizationSince(),
                            e.qualification().name(),
                            e.mentorCategorySince(),
                            e.methodistCategorySince());
                }
                employments.end();
            }
            return null;
        });
    }

    /**
     * After a large import: merges the GIN indexes' pending entries and updates the planner's
     * statistics (until autovacuum gets to it, plans for the grown tables are made for their old
     * size, and the people list or the export can pick a plan that takes minutes instead of a second).
     */
    void tidy() {
        jdbc.sql("select gin_clean_pending_list('person_search_trgm'::regclass),"
                        + " gin_clean_pending_list('employment_subjects_idx'::regclass)")
                .query()
                .listOfRows();
        jdbc.sql("analyze person, employment").update();
    }

    /** {@code count} ids of blocks drawn from the sequence, as Hibernate's pooled optimizer would. */
    long[] ids(String sequence, int count) {
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            int blocks = (count - filled + ALLOCATION - 1) / ALLOCATION;
            List<Long> tops = jdbc.sql("select nextval('" + sequence + "') from generate_series(1, ?)")
                    .param(blocks)
                    .query(Long.class)
                    .list();
            for (long top : tops) {
                if (top < ALLOCATION) {
                    continue;
                }
                for (long id = top - ALLOCATION + 1; id <= top && filled < count; id++) {
                    ids[filled++] = id;
                }
            }
        }
        return ids;
    }

    /**
     * Rows streamed to a {@code COPY … FROM STDIN} in its text format (tab-separated, {@code \\N} for
     * null, specials escaped), encoded as UTF-8 straight into a small buffer: no string per row, and
     * a chunk never becomes one large string, which in a small heap would be a humongous allocation
     * starting a concurrent GC cycle each time.
     */
    static final class CopyRows implements AutoCloseable {

        private static final int BUFFER = 64 * 1024;

        private final CopyIn copy;
        private final byte[] buffer = new byte[BUFFER];
        private int used;

        CopyRows(CopyManager manager, String sql) throws SQLException {
            this.copy = manager.copyIn(sql);
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    put('\t');
                }
                Object value = values[i];
                if (value == null) {
                    put('\\');
                    put('N');
                } else if (value instanceof String string) {
                    text(string);
                } else {
                    ascii(value.toString()); // numbers and ISO dates: ASCII, nothing to escape
                }
            }
            put('\n');
        }

        void end() throws SQLException {
            flush();
            copy.endCopy();
        }

        private void text(String value) throws SQLException {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> {
                        if (c < 0x80) {
                            put(c);
                        } else if (c < 0x800) {
                            put(0xC0 | (c >> 6));
                            put(0x80 | (c & 0x3F));
                        } else if (Character.isHighSurrogate(c)
                                && i + 1 < value.length()
                                && Character.isLowSurrogate(value.charAt(i + 1))) {
                            int point = Character.toCodePoint(c, value.charAt(++i));
                            put(0xF0 | (point >> 18));
                            put(0x80 | ((point >> 12) & 0x3F));
                            put(0x80 | ((point >> 6) & 0x3F));
                            put(0x80 | (point & 0x3F));
                        } else if (Character.isSurrogate(c)) {
                            put('?'); // a lone surrogate, as String.getBytes would write it
                        } else {
                            put(0xE0 | (c >> 12));
                            put(0x80 | ((c >> 6) & 0x3F));
                            put(0x80 | (c & 0x3F));
                        }
                    }
                }
            }
        }

        private void escaped(char c) throws SQLException {
            put('\\');
            put(c);
        }

        private void ascii(String value) throws SQLException {
            for (int i = 0; i < value.length(); i++) {
                put(value.charAt(i));
            }
        }

        private void put(int b) throws SQLException {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = (byte) b;
        }

        private void flush() throws SQLException {
            if (used > 0) {
                copy.writeToCopy(buffer, 0, used);
                used = 0;
            }
        }

        /** Ends a copy left unfinished by a failure, so that the connection can report it. */
        @Override
        public void close() throws SQLException {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
