package org.nastavnik.people;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.nastavnik.structure.UnitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts checked staff rows in bulk: one {@code insert … select from unnest(arrays)} statement for
 * the persons of a chunk and one for their employments, instead of a statement per row.
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

    private final JdbcClient jdbc;

    StaffBulkInsert(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves a person and an employment in the organization for every row: one statement each, so
     * the caller hands over a chunk of a few thousand rows at a time.
     */
    void insert(List<StaffRow> rows, UnitView organization) {
        long[] personIds = ids("person_seq", rows.size());
        insertPersons(rows, personIds);
        insertEmployments(rows, personIds, ids("employment_seq", rows.size()), organization);
    }

    /**
     * Updates the planner's statistics after a large import: until autovacuum gets to it, plans for
     * the grown tables are made for their old size, and the people list or the export can pick a
     * plan that takes minutes instead of a second.
     */
    void analyze() {
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

    private void insertPersons(List<StaffRow> rows, long[] ids) {
        int n = rows.size();
        String[] last = new String[n], first = new String[n], middle = new String[n], birth = new String[n];
        String[] email = new String[n], phone = new String[n], snils = new String[n], key = new String[n];
        for (int i = 0; i < n; i++) {
            PersonData p = rows.get(i).person();
            last[i] = p.lastName();
            first[i] = p.firstName();
            middle[i] = p.middleName();
            birth[i] = text(p.birthDate());
            email[i] = p.email();
            phone[i] = p.phone();
            snils[i] = p.snils();
            key[i] = rows.get(i).nameKey();
        }
        jdbc.sql("insert into person (id, last_name, first_name, middle_name, birth_date, email, phone, snils,"
                        + " search_text, sort_key)"
                        + " select id, last_name, first_name, middle_name, birth_date::date, email, phone, snils,"
                        + " sort_key, sort_key from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[],"
                        + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])"
                        + " as r(id, last_name, first_name, middle_name, birth_date, email, phone, snils, sort_key)")
                .params(ids, last, first, middle, birth, email, phone, snils, key)
                .update();
    }

    private void insertEmployments(List<StaffRow> rows, long[] personIds, long[] ids, UnitView organization) {
        int n = rows.size();
        long[] positions = new long[n];
        String[] subjects = new String[n], pedagogical = new String[n], inOrganization = new String[n];
        String[] qualification = new String[n], mentor = new String[n], methodist = new String[n];
        for (int i = 0; i < n; i++) {
            EmploymentData e = rows.get(i).employment();
            positions[i] = e.positionId();
            subjects[i] = e.subjectIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
            pedagogical[i] = text(e.pedagogicalSince());
            inOrganization[i] = text(e.organizationSince());
            qualification[i] = e.qualification().name();
            mentor[i] = text(e.mentorCategorySince());
            methodist[i] = text(e.methodistCategorySince());
        }
        jdbc.sql("insert into employment (id, person_id, organization_id, organization_path, position_id,"
                        + " subject_ids, pedagogical_since, organization_since, qualification,"
                        + " mentor_category_since, methodist_category_since)"
                        + " select id, person_id, ?::bigint, ?::varchar, position_id, subject_ids::bigint[], pedagogical::date,"
                        + " in_organization::date, qualification, mentor::date, methodist::date"
                        + " from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[],"
                        + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])"
                        + " as r(id, person_id, position_id, subject_ids, pedagogical, in_organization,"
                        + " qualification, mentor, methodist)")
                .params(
                        organization.id(),
                        organization.path(),
                        ids,
                        personIds,
                        positions,
                        subjects,
                        pedagogical,
                        inOrganization,
                        qualification,
                        mentor,
                        methodist)
                .update();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
