package org.nastavnik.mentorship;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of pairs and groups within the caller's scope, and of mentees still waiting for one. */
@Service
@Transactional(readOnly = true)
public class MentorshipQuery {

    private static final String NAME = BankSeats.NAME;

    /** An active mentee profile {@code b} in no open pair or group. */
    private static final String UNPAIRED = "b.status = 'ACTIVE' and not exists (select 1 from mentorship_member e"
            + " join mentorship s on s.id = e.mentorship_id where e.mentee_profile_id = b.id and e.left_on is null"
            + " and s.status in " + MentorshipStatus.OPEN_SQL + ")";

    /** Since when the mentee profile {@code b} waits: it entered the bank or became active again. */
    private static final String SINCE = "greatest(b.created_at::date, b.status_since)";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final ConsentScans scans;
    private final BankSeats seats;
    private final Clock clock;

    MentorshipQuery(
            JdbcClient jdbc,
            AccessPolicy policy,
            StructureService structure,
            ConsentScans scans,
            BankSeats seats,
            Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.structure = structure;
        this.scans = scans;
        this.seats = seats;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The pairs and groups the caller sees: within their scope, or their own. */
    public Page<MentorshipRow> list(MentorshipFilter filter, Pageable page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(visible(params));
        if (filter.unitId() != null) {
            UnitView unit =
                    structure.find(filter.unitId()).orElseThrow(() -> new NotFoundException("unit", filter.unitId()));
            where.append(" and s.organization_path like ?");
            params.add(unit.path() + "%");
        }
        if (filter.status() != null) {
            where.append(" and s.status = ?");
            params.add(filter.status().name());
        }
        if (filter.form() != null) {
            where.append(" and s.form = ?");
            params.add(filter.form().name());
        }
        for (String word : RussianText.words(filter.text())) {
            where.append(" and exists (select 1 from mentorship_member w join person p on p.id = w.person_id"
                    + " where w.mentorship_id = s.id and p.search_text like ?)");
            params.add("%" + word + "%");
        }
        long total = jdbc.sql("select count(*) from mentorship s where " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<MentorshipRow> rows = jdbc.sql("select s.*, u.short_name, " + names("MENTOR") + " as mentors, "
                        + names("MENTEE") + " as mentees,"
                        + " (select count(*) from mentorship_member c where c.mentorship_id = s.id"
                        + " and c.left_on is null and c.consent_on is not null) as consents,"
                        + " (select count(*) from mentorship_member c where c.mentorship_id = s.id"
                        + " and c.left_on is null) as members"
                        + " from mentorship s join unit u on u.id = s.organization_id where " + where
                        + " order by case when s.status in " + MentorshipStatus.OPEN_SQL + " then 0 else 1 end,"
                        + " s.created_at desc, s.id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new MentorshipRow(
                        rs.getLong("id"),
                        rs.getString("short_name"),
                        MentorshipForm.valueOf(rs.getString("form")),
                        MentorshipKind.valueOf(rs.getString("kind")),
                        MentorshipStatus.valueOf(rs.getString("status")),
                        strings(rs.getArray("mentors")),
                        strings(rs.getArray("mentees")),
                        rs.getObject("planned_start", LocalDate.class),
                        rs.getObject("planned_end", LocalDate.class),
                        rs.getInt("consents"),
                        rs.getInt("members"),
                        rs.getString("order_number"),
                        rs.getObject("order_date", LocalDate.class)))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** One pair or group; 404 outside the caller's scope unless they are or were a member. */
    public MentorshipView get(long id) {
        List<Object> params = new ArrayList<>();
        String where = visible(params);
        params.add(id);
        return jdbc.sql("select s.*, u.short_name from mentorship s join unit u on u.id = s.organization_id" + " where "
                        + where + " and s.id = ?")
                .params(params)
                .query((rs, n) -> view(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException(MentorshipService.ENTITY, id));
    }

    private MentorshipView view(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String path = rs.getString("organization_path");
        List<MentorshipView.MemberView> members = members(id);
        Long me = policy.personId();
        MentorshipView.MemberView mine = members.stream()
                .filter(m -> m.current() && me != null && m.personId() == me)
                .findFirst()
                .orElse(null);
        List<MentorshipView.EventView> timeline = timeline(id);
        return new MentorshipView(
                id,
                rs.getLong("organization_id"),
                rs.getString("short_name"),
                MentorshipForm.valueOf(rs.getString("form")),
                MentorshipKind.valueOf(rs.getString("kind")),
                MentorshipStatus.valueOf(rs.getString("status")),
                rs.getObject("planned_start", LocalDate.class),
                rs.getObject("planned_end", LocalDate.class),
                (Long) rs.getObject("order_id"),
                rs.getString("order_number"),
                rs.getObject("order_date", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_note"),
                members,
                timeline,
                replacementRequested(timeline),
                rs.getLong("version"),
                policy.scope(Permission.FORM_PAIRS).covers(path),
                policy.scope(Permission.ASSESS_COMPATIBILITY).covers(path),
                mine);
    }

    private static boolean replacementRequested(List<MentorshipView.EventView> timeline) {
        boolean requested = false;
        for (MentorshipView.EventView event : timeline) {
            if (event.kind() == EventKind.REPLACEMENT_REQUESTED) {
                requested = true;
            } else if (event.kind() == EventKind.MENTOR_REPLACED
                    || event.kind() == EventKind.COMPLETED
                    || event.kind() == EventKind.TERMINATED) {
                requested = false;
            }
        }
        return requested;
    }

    private List<MentorshipView.MemberView> members(long id) {
        return jdbc.sql(
                        "select m.*, " + NAME + " as name, u.short_name,"
                                + " exists (select 1 from mentorship_consent_scan c where c.member_id = m.id) as scan"
                                + " from mentorship_member m join person p on p.id = m.person_id"
                                + " join unit u on u.id = m.organization_id where m.mentorship_id = ? order by m.role desc, m.id")
                .param(id)
                .query((rs, n) -> new MentorshipView.MemberView(
                        rs.getLong("id"),
                        MemberRole.valueOf(rs.getString("role")),
                        rs.getString("role").equals("MENTOR")
                                ? rs.getLong("mentor_profile_id")
                                : rs.getLong("mentee_profile_id"),
                        rs.getLong("person_id"),
                        rs.getString("name"),
                        rs.getString("short_name"),
                        rs.getString("field"),
                        rs.getObject("joined_on", LocalDate.class),
                        rs.getObject("left_on", LocalDate.class),
                        rs.getString("left_reason"),
                        rs.getObject("consent_on", LocalDate.class),
                        rs.getString("consent_way") == null ? null : ConsentWay.valueOf(rs.getString("consent_way")),
                        rs.getString("consent_document"),
                        rs.getBoolean("scan")))
                .list();
    }

    private List<MentorshipView.EventView> timeline(long id) {
        return jdbc.sql("select * from mentorship_event where mentorship_id = ? order by happened_at, id")
                .param(id)
                .query((rs, n) -> new MentorshipView.EventView(
                        rs.getTimestamp("happened_at").toInstant(),
                        EventKind.valueOf(rs.getString("kind")),
                        MentorshipStatus.valueOf(rs.getString("status")),
                        rs.getString("actor"),
                        rs.getString("subject"),
                        rs.getString("note")))
                .list();
    }

    /** The scan of a member's written consent, read where the mentorship is. */
    public Optional<ConsentScans.Scan> scan(long mentorshipId, long memberId) {
        MentorshipView mentorship = get(mentorshipId);
        if (mentorship.members().stream().noneMatch(m -> m.id() == memberId)) {
            throw new NotFoundException("member", memberId);
        }
        return scans.find(memberId);
    }

    /**
     * Active mentees of the banks in the caller's scope (under the unit when given)
     * without an open pair or group, the longest waiting first.
     */
    public List<WaitingMentee> waiting(Long unitId) {
        List<Object> params = new ArrayList<>();
        return waiting(readableUnder(unitId, params), params);
    }

    /** How many mentees {@link #waiting} lists, and how many of them longer than two weeks. */
    public record WaitingCount(long waiting, long overdue) {}

    /** The counts of {@link #waiting} without reading the rows (for the pairs list, on every filter). */
    public WaitingCount waitingCount(Long unitId) {
        // parameters in the order the statement names them: the date, then the scope
        List<Object> params = new ArrayList<>();
        params.add(LocalDate.now(clock).minusDays(WaitingMentee.DAYS_TO_PAIR));
        String where = readableUnder(unitId, params);
        return jdbc.sql("select count(*), count(*) filter (where " + SINCE + " < ?) from mentee_profile b" + " where "
                        + UNPAIRED + " and " + where)
                .params(params)
                .query((rs, n) -> new WaitingCount(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** Within the READ scope and, when given, under the unit. */
    private String readableUnder(Long unitId, List<Object> params) {
        StringBuilder where =
                new StringBuilder(policy.scope(Permission.READ).pathCondition("b.organization_path", params));
        if (unitId != null) {
            UnitView unit = structure.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
            where.append(" and b.organization_path like ?");
            params.add(unit.path() + "%");
        }
        return where.toString();
    }

    /** The mentee profile when it waits for a pair within the caller's FORM_PAIRS scope. */
    public Optional<WaitingMentee> waitingOne(long menteeProfileId) {
        List<Object> params = new ArrayList<>();
        StringBuilder where =
                new StringBuilder(policy.scope(Permission.FORM_PAIRS).pathCondition("b.organization_path", params));
        where.append(" and b.id = ?");
        params.add(menteeProfileId);
        return waiting(where, params).stream().findFirst();
    }

    private List<WaitingMentee> waiting(CharSequence where, List<Object> params) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select b.id, b.person_id, b.organization_id, b.category, " + NAME + " as name, u.short_name, "
                        + SINCE + " as since from mentee_profile b"
                        + " join person p on p.id = b.person_id join unit u on u.id = b.organization_id"
                        + " where " + UNPAIRED + " and " + where + " order by since, p.sort_key")
                .params(params)
                .query((rs, n) -> {
                    LocalDate since = rs.getObject("since", LocalDate.class);
                    return new WaitingMentee(
                            rs.getLong("id"),
                            rs.getLong("person_id"),
                            rs.getString("name"),
                            rs.getLong("organization_id"),
                            rs.getString("short_name"),
                            rs.getString("category"),
                            since,
                            Math.max(0, ChronoUnit.DAYS.between(since, today)));
                })
                .list();
    }

    /**
     * The mentors a pair of the organization may have: its own active, consented mentors, and those of
     * the other organizations under the same parent unit who are open to network mentoring.
     */
    public List<MentorOption> mentorOptions(long organizationId) {
        UnitView organization = structure
                .find(organizationId)
                .filter(u -> policy.scope(Permission.READ).covers(u.path()))
                .orElseThrow(() -> new NotFoundException("unit", organizationId));
        if (!policy.scope(Permission.FORM_PAIRS).covers(organization.path())) {
            throw new ForbiddenException("form pairs");
        }
        String path = organization.path();
        String parentPath = organization.parentId() == null
                ? path
                : path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
        List<MentorOption> options = jdbc.sql("select b.id, b.organization_id, b.capacity, " + NAME + " as name,"
                        + " u.short_name from mentor_profile b join person p on p.id = b.person_id"
                        + " join unit u on u.id = b.organization_id where b.status = 'ACTIVE' and b.consent_on is not null"
                        + " and (b.organization_id = ? or (b.network_available and b.organization_path like ?))"
                        + " order by b.organization_id <> ?, p.sort_key")
                .params(organizationId, parentPath + "%", organizationId)
                .query((rs, n) -> new MentorOption(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("short_name"),
                        rs.getLong("organization_id") != organizationId,
                        0,
                        rs.getInt("capacity")))
                .list();
        var loads = seats.loads(options.stream().map(MentorOption::profileId).toList());
        return options.stream()
                .map(o -> new MentorOption(
                        o.profileId(),
                        o.name(),
                        o.organization(),
                        o.network(),
                        loads.getOrDefault(o.profileId(), 0),
                        o.capacity()))
                .toList();
    }

    /** What the home page says to those who form pairs: who waits, who is late, what awaits consents or an order. */
    public record Counts(long waiting, long overdue, long awaitingConsent, long readyForOrder) {

        public boolean any() {
            return waiting + awaitingConsent + readyForOrder > 0;
        }
    }

    /** The counts over the caller's FORM_PAIRS scope; empty without it. */
    public Optional<Counts> counts() {
        Scope scope = policy.scope(Permission.FORM_PAIRS);
        if (!scope.everything() && scope.paths().isEmpty()) {
            return Optional.empty();
        }
        // parameters in the order the statement names them
        List<Object> params = new ArrayList<>();
        params.add(LocalDate.now(clock).minusDays(WaitingMentee.DAYS_TO_PAIR));
        String awaiting = scope.pathCondition("s.organization_path", params);
        String ready = scope.pathCondition("s.organization_path", params);
        String banks = scope.pathCondition("b.organization_path", params);
        return Optional.of(jdbc.sql("select count(*) as waiting,"
                        + " count(*) filter (where " + SINCE + " < ?) as overdue,"
                        + " (select count(*) from mentorship s where s.status = 'AWAITING_CONSENT' and " + awaiting
                        + ") as awaiting, (select count(*) from mentorship s where s.status = 'CONSENTED' and " + ready
                        + ") as ready from mentee_profile b where " + UNPAIRED + " and " + banks)
                .params(params)
                .query((rs, n) -> new Counts(
                        rs.getLong("waiting"), rs.getLong("overdue"), rs.getLong("awaiting"), rs.getLong("ready")))
                .single());
    }

    /** The pairs and groups whose consent the signed-in member still owes. */
    public List<Long> awaitingMyConsent() {
        Long me = policy.personId();
        if (me == null) {
            return List.of();
        }
        return jdbc.sql("select s.id from mentorship s join mentorship_member m on m.mentorship_id = s.id"
                        + " where m.person_id = ? and m.left_on is null and m.consent_on is null"
                        + " and s.status in ('AWAITING_CONSENT', 'FIXED', 'ACTIVE') order by s.id")
                .param(me)
                .query(Long.class)
                .list();
    }

    /** Within the READ scope, or the caller is or was a member. */
    private String visible(List<Object> params) {
        String scoped = policy.scope(Permission.READ).pathCondition("s.organization_path", params);
        Long me = policy.personId();
        if (me == null) {
            return scoped;
        }
        params.add(me);
        return "(" + scoped + " or exists (select 1 from mentorship_member o where o.mentorship_id = s.id"
                + " and o.person_id = ?))";
    }

    /** The names of the role's members still in it (or in it when it ended), in order. */
    private static String names(String role) {
        return "array(select " + NAME + " from mentorship_member m join person p on p.id = m.person_id"
                + " where m.mentorship_id = s.id and m.role = '" + role + "' and m.left_reason is null order by m.id)";
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
