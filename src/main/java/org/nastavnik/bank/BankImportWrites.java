package org.nastavnik.bank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.nastavnik.bank.MenteeData.DeficitMark;
import org.nastavnik.common.ConcurrentChangeException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements of a bank import: all new profiles in one insert and all changed ones in one
 * update, each fed with arrays (one per column) rather than row by row. A profile's own arrays
 * travel as their text form ({@code {1,2}}) and are cast back in the statement.
 */
@Component
class BankImportWrites {

    /** A profile the import writes: new ({@code id} from {@link #ids}, {@code version} null) or stored. */
    record Write<D>(long id, Long version, long personId, long organizationId, String organizationPath, D data) {}

    private final JdbcClient jdbc;

    BankImportWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> ids(int count) {
        return count == 0
                ? List.of()
                : jdbc.sql("select nextval('bank_seq') from generate_series(1, ?)")
                        .param(count)
                        .query(Long.class)
                        .list();
    }

    void insertMentors(List<Write<MentorData>> rows, LocalDate today, int year) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("insert into mentor_profile (id, person_id, organization_id, organization_path, competency_ids,"
                        + " competency_note, subject_ids, capacity, network_available, formats, consent_on,"
                        + " consent_document, status, status_since, confirmed_year)"
                        + " select r.id, r.person_id, r.organization_id, r.path, r.competencies::bigint[], r.note,"
                        + " r.subjects::bigint[], r.capacity, r.network, r.formats::varchar[], r.consent_on::date,"
                        + " r.document, r.status, ?, ?"
                        + " from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::text[], ?::text[],"
                        + " ?::text[], ?::int[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[])"
                        + " as r(id, person_id, organization_id, path, competencies, note, subjects, capacity, network,"
                        + " formats, consent_on, document, status)")
                .params(mentorParams(today, year, rows, false))
                .update();
    }

    void updateMentors(List<Write<MentorData>> rows, LocalDate today, int year) {
        if (rows.isEmpty()) {
            return;
        }
        int changed = jdbc.sql("update mentor_profile m set competency_ids = r.competencies::bigint[],"
                        + " competency_note = r.note, subject_ids = r.subjects::bigint[], capacity = r.capacity,"
                        + " network_available = r.network, formats = r.formats::varchar[], consent_on = r.consent_on::date,"
                        + " consent_document = r.document, status = r.status,"
                        + " status_since = case when m.status = r.status then m.status_since else ?::date end,"
                        + " confirmed_year = ?, version = m.version + 1"
                        + " from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::int[], ?::boolean[],"
                        + " ?::text[], ?::text[], ?::text[], ?::text[])"
                        + " as r(id, version, competencies, note, subjects, capacity, network, formats, consent_on,"
                        + " document, status)"
                        + " where m.id = r.id and m.version = r.version")
                .params(mentorParams(today, year, rows, true))
                .update();
        requireAll(rows, changed, "mentor_profile");
    }

    void insertMentees(List<Write<MenteeData>> rows, LocalDate today, int year) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("insert into mentee_profile (id, person_id, organization_id, organization_path, category,"
                        + " request_text, preferred_format, consent_on, consent_document, status, status_since,"
                        + " confirmed_year)"
                        + " select r.id, r.person_id, r.organization_id, r.path, r.category, r.request, r.format,"
                        + " r.consent_on::date, r.document, r.status, ?, ?"
                        + " from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::text[], ?::text[],"
                        + " ?::text[], ?::text[], ?::text[], ?::text[])"
                        + " as r(id, person_id, organization_id, path, category, request, format, consent_on, document,"
                        + " status)")
                .params(menteeParams(today, year, rows, false))
                .update();
        insertDeficits(rows);
    }

    /**
     * Updates the mentees and their deficits: the file's marks replace the curator's; the mentee's
     * own self-assessment stays where the file says nothing of that deficit.
     */
    void updateMentees(List<Write<MenteeData>> rows, LocalDate today, int year) {
        if (rows.isEmpty()) {
            return;
        }
        int changed = jdbc.sql("update mentee_profile m set category = r.category, request_text = r.request,"
                        + " preferred_format = r.format, consent_on = r.consent_on::date, consent_document = r.document,"
                        + " status = r.status,"
                        + " status_since = case when m.status = r.status then m.status_since else ?::date end,"
                        + " confirmed_year = ?, version = m.version + 1"
                        + " from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                        + " ?::text[]) as r(id, version, category, request, format, consent_on, document, status)"
                        + " where m.id = r.id and m.version = r.version")
                .params(menteeParams(today, year, rows, true))
                .update();
        requireAll(rows, changed, "mentee_profile");
        Long[] ids = rows.stream().map(Write::id).toArray(Long[]::new);
        jdbc.sql("delete from mentee_deficit where profile_id = any(?) and source <> 'SELF_ASSESSMENT'")
                .param(ids)
                .update();
        List<Long> profiles = new ArrayList<>();
        List<Long> deficits = new ArrayList<>();
        marks(rows, (profile, mark) -> {
            profiles.add(profile);
            deficits.add(mark.deficitId());
        });
        jdbc.sql("delete from mentee_deficit d using unnest(?::bigint[], ?::bigint[]) as r(profile_id, deficit_id)"
                        + " where d.profile_id = r.profile_id and d.deficit_id = r.deficit_id")
                .params(profiles.toArray(Long[]::new), deficits.toArray(Long[]::new))
                .update();
        insertDeficits(rows);
    }

    private void insertDeficits(List<Write<MenteeData>> rows) {
        List<Long> profiles = new ArrayList<>();
        List<Long> deficits = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        marks(rows, (profile, mark) -> {
            profiles.add(profile);
            deficits.add(mark.deficitId());
            sources.add(mark.source().name());
            levels.add(mark.level());
        });
        if (profiles.isEmpty()) {
            return;
        }
        jdbc.sql("insert into mentee_deficit (profile_id, deficit_id, source, level)"
                        + " select * from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::int[])")
                .params(
                        profiles.toArray(Long[]::new),
                        deficits.toArray(Long[]::new),
                        sources.toArray(String[]::new),
                        levels.toArray(Integer[]::new))
                .update();
    }

    private interface MarkSink {
        void accept(long profileId, DeficitMark mark);
    }

    private static void marks(List<Write<MenteeData>> rows, MarkSink sink) {
        for (Write<MenteeData> row : rows) {
            for (DeficitMark mark : row.data().deficits()) {
                sink.accept(row.id(), mark);
            }
        }
    }

    private static Object[] mentorParams(LocalDate today, int year, List<Write<MentorData>> rows, boolean update) {
        List<Object> params = head(today, year, rows, update);
        params.add(texts(rows, w -> array(w.data().competencyIds())));
        params.add(texts(rows, w -> w.data().competencyNote()));
        params.add(texts(rows, w -> array(w.data().subjectIds())));
        params.add(rows.stream().map(w -> w.data().capacity()).toArray(Integer[]::new));
        params.add(rows.stream().map(w -> w.data().networkAvailable()).toArray(Boolean[]::new));
        params.add(texts(
                rows,
                w -> w.data().formats().stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"))));
        params.add(texts(rows, w -> date(w.data().consentOn())));
        params.add(texts(rows, w -> w.data().consentDocument()));
        params.add(texts(rows, w -> w.data().status().name()));
        return params.toArray();
    }

    private static Object[] menteeParams(LocalDate today, int year, List<Write<MenteeData>> rows, boolean update) {
        List<Object> params = head(today, year, rows, update);
        params.add(texts(rows, w -> w.data().category().name()));
        params.add(texts(rows, w -> w.data().requestText()));
        params.add(texts(
                rows,
                w -> w.data().preferredFormat() == null
                        ? null
                        : w.data().preferredFormat().name()));
        params.add(texts(rows, w -> date(w.data().consentOn())));
        params.add(texts(rows, w -> w.data().consentDocument()));
        params.add(texts(rows, w -> w.data().status().name()));
        return params.toArray();
    }

    /**
     * What both banks' statements start with: the day and year the rows are confirmed on, the ids,
     * then the versions (an update) or the owners (an insert).
     */
    private static <D> List<Object> head(LocalDate today, int year, List<Write<D>> rows, boolean update) {
        List<Object> params = new ArrayList<>(List.of(today, year));
        params.add(rows.stream().map(Write::id).toArray(Long[]::new));
        if (update) {
            params.add(rows.stream().map(Write::version).toArray(Long[]::new));
        } else {
            params.add(rows.stream().map(Write::personId).toArray(Long[]::new));
            params.add(rows.stream().map(Write::organizationId).toArray(Long[]::new));
            params.add(texts(rows, Write::organizationPath));
        }
        return params;
    }

    private static <D> String[] texts(List<Write<D>> rows, java.util.function.Function<Write<D>, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void requireAll(List<? extends Write<?>> rows, int changed, String table) {
        if (changed != rows.size()) {
            throw new ConcurrentChangeException(table, rows.get(0).id());
        }
    }
}
