package org.nastavnik.bank;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.nastavnik.common.Experience;
import org.nastavnik.people.PeopleService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What matching needs to know of the banks' profiles, read in one query per kind. Not scoped: the
 * matching module applies the caller's scope itself (a network mentor of another organization is a
 * candidate for a mentee the caller may pair, even when the caller may not read that organization).
 */
@Service
@Transactional(readOnly = true)
public class MatchFacts {

    /**
     * A mentor profile for matching.
     *
     * @param subjectIds the subjects on the profile
     * @param consent whether the consent to take part is recorded
     * @param experienceYears whole years of pedagogical experience by the current employment in
     *     the profile's organization; null when unknown
     */
    public record Mentor(
            long profileId,
            long personId,
            String fullName,
            long organizationId,
            String organization,
            String organizationPath,
            List<Long> subjectIds,
            List<Long> competencyIds,
            int capacity,
            boolean networkAvailable,
            Set<MentoringFormat> formats,
            boolean consent,
            ProfileStatus status,
            Integer experienceYears) {}

    /**
     * A mentee profile for matching.
     *
     * @param subjectIds the subjects of the current employment in the profile's organization
     * @param deficits each deficit's level (1 to 3), in the order of the deficit ids
     * @param deficitAreas each deficit's area
     * @param experienceYears as for mentors; null when unknown
     * @param enteredOn the day the profile became active (null unless active): the later of its
     *     creation and its last change of status
     */
    public record Mentee(
            long profileId,
            long personId,
            String fullName,
            long organizationId,
            String organization,
            String organizationPath,
            MenteeCategory category,
            List<Long> subjectIds,
            Map<Long, Integer> deficits,
            Map<Long, Long> deficitAreas,
            MentoringFormat preferredFormat,
            boolean consent,
            ProfileStatus status,
            Integer experienceYears,
            LocalDate enteredOn) {}

    private static final String EMPLOYMENT = " from employment e where e.person_id = x.person_id"
            + " and e.organization_id = x.organization_id and e.ended_on is null";

    private static final String MENTORS = "select x.id, x.person_id, p.last_name, p.first_name, p.middle_name,"
            + " x.organization_id, u.short_name, x.organization_path, x.subject_ids, x.competency_ids, x.capacity,"
            + " x.network_available, x.formats, x.consent_on, x.status,"
            + " (select min(e.pedagogical_since)" + EMPLOYMENT + ") as since"
            + " from mentor_profile x join person p on p.id = x.person_id join unit u on u.id = x.organization_id";

    private static final String MENTEES = "select x.id, x.person_id, p.last_name, p.first_name, p.middle_name,"
            + " x.organization_id, u.short_name, x.organization_path, x.category, x.preferred_format, x.consent_on,"
            + " x.status, x.status_since, x.created_at::date as created_on,"
            + " (select min(e.pedagogical_since)" + EMPLOYMENT + ") as since,"
            + " (select coalesce(array_agg(distinct s order by s), '{}') from employment e, unnest(e.subject_ids) s"
            + " where e.person_id = x.person_id and e.organization_id = x.organization_id and e.ended_on is null)"
            + " as subject_ids,"
            + " (select coalesce(array_agg(d.deficit_id order by d.deficit_id), '{}') from mentee_deficit d"
            + " where d.profile_id = x.id) as deficit_ids,"
            + " (select coalesce(array_agg(d.level order by d.deficit_id), '{}') from mentee_deficit d"
            + " where d.profile_id = x.id) as deficit_levels,"
            + " (select coalesce(array_agg(c.parent_id order by d.deficit_id), '{}') from mentee_deficit d"
            + " join catalog_entry c on c.id = d.deficit_id where d.profile_id = x.id) as deficit_areas"
            + " from mentee_profile x join person p on p.id = x.person_id join unit u on u.id = x.organization_id";

    private final JdbcClient jdbc;
    private final PeopleService people;

    MatchFacts(JdbcClient jdbc, PeopleService people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** Every mentor profile (any status) of the organizations under these unit paths. */
    public List<Mentor> mentors(Collection<String> pathPrefixes) {
        if (pathPrefixes.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        LocalDate today = people.today();
        return jdbc.sql(MENTORS + " where " + under(pathPrefixes, params) + " order by x.id")
                .params(params)
                .query((rs, n) -> mentor(rs, today))
                .list();
    }

    public Optional<Mentor> mentor(long profileId) {
        LocalDate today = people.today();
        return jdbc.sql(MENTORS + " where x.id = ?")
                .param(profileId)
                .query((rs, n) -> mentor(rs, today))
                .optional();
    }

    /** Every mentee profile (any status) of the organizations under these unit paths. */
    public List<Mentee> mentees(Collection<String> pathPrefixes) {
        if (pathPrefixes.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        LocalDate today = people.today();
        return jdbc.sql(MENTEES + " where " + under(pathPrefixes, params) + " order by x.id")
                .params(params)
                .query((rs, n) -> mentee(rs, today))
                .list();
    }

    public Optional<Mentee> mentee(long profileId) {
        LocalDate today = people.today();
        return jdbc.sql(MENTEES + " where x.id = ?")
                .param(profileId)
                .query((rs, n) -> mentee(rs, today))
                .optional();
    }

    private static String under(Collection<String> prefixes, List<Object> params) {
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        for (String prefix : prefixes) {
            any.add("x.organization_path like ?");
            params.add(prefix + "%");
        }
        return any.toString();
    }

    private static Mentor mentor(ResultSet rs, LocalDate today) throws SQLException {
        Set<MentoringFormat> formats = EnumSet.noneOf(MentoringFormat.class);
        for (Object f : (Object[]) rs.getArray("formats").getArray()) {
            formats.add(MentoringFormat.valueOf((String) f));
        }
        return new Mentor(
                rs.getLong("id"),
                rs.getLong("person_id"),
                name(rs),
                rs.getLong("organization_id"),
                rs.getString("short_name"),
                rs.getString("organization_path"),
                longs(rs.getArray("subject_ids")),
                longs(rs.getArray("competency_ids")),
                rs.getInt("capacity"),
                rs.getBoolean("network_available"),
                Set.copyOf(formats),
                rs.getObject("consent_on", LocalDate.class) != null,
                ProfileStatus.valueOf(rs.getString("status")),
                years(rs.getObject("since", LocalDate.class), today));
    }

    private static Mentee mentee(ResultSet rs, LocalDate today) throws SQLException {
        List<Long> ids = longs(rs.getArray("deficit_ids"));
        List<Long> levels = longs(rs.getArray("deficit_levels"));
        List<Long> areas = longs(rs.getArray("deficit_areas"));
        Map<Long, Integer> deficits = new LinkedHashMap<>();
        Map<Long, Long> deficitAreas = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            deficits.put(ids.get(i), levels.get(i).intValue());
            deficitAreas.put(ids.get(i), areas.get(i));
        }
        ProfileStatus status = ProfileStatus.valueOf(rs.getString("status"));
        LocalDate created = rs.getObject("created_on", LocalDate.class);
        LocalDate since = rs.getObject("status_since", LocalDate.class);
        String format = rs.getString("preferred_format");
        return new Mentee(
                rs.getLong("id"),
                rs.getLong("person_id"),
                name(rs),
                rs.getLong("organization_id"),
                rs.getString("short_name"),
                rs.getString("organization_path"),
                MenteeCategory.valueOf(rs.getString("category")),
                longs(rs.getArray("subject_ids")),
                deficits,
                deficitAreas,
                format == null ? null : MentoringFormat.valueOf(format),
                rs.getObject("consent_on", LocalDate.class) != null,
                status,
                years(rs.getObject("since", LocalDate.class), today),
                status == ProfileStatus.ACTIVE ? (created.isAfter(since) ? created : since) : null);
    }

    private static String name(ResultSet rs) throws SQLException {
        String middle = rs.getString("middle_name");
        return rs.getString("last_name") + " " + rs.getString("first_name")
                + (middle == null || middle.isBlank() ? "" : " " + middle);
    }

    private static Integer years(LocalDate since, LocalDate today) {
        return since == null ? null : Experience.since(since, today).years();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(o -> ((Number) o).longValue())
                .toList();
    }
}
