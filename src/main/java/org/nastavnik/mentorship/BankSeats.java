package org.nastavnik.mentorship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nastavnik.common.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes places in the banks for the members of a mentorship, inside the caller's transaction: it
 * locks each mentor's and mentee's profile row, so two curators taking the last free place of one
 * mentor at the same moment queue up and the second one sees the place taken. It reads the bank's
 * profile tables directly because only a row lock there makes the check and the insert one step.
 */
@Component
class BankSeats {

    /** The full name of the person row {@code p}, as the module's queries show it. */
    static final String NAME = "concat_ws(' ', p.last_name, p.first_name, p.middle_name)";

    private final JdbcClient jdbc;

    BankSeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A mentor to join as asked: field and the mentees they take on count against their capacity. */
    record MentorSeat(long profileId, String field) {}

    /**
     * The members, checked against the banks and locked: every mentor active, consented and with a
     * free place for each mentee; every mentee active in the organization and not already in an open
     * mentorship of the same form; nobody their own mentor. {@code except} is the mentorship being
     * changed, whose own places do not count.
     */
    List<Member.Candidate> take(
            long organizationId, MentorshipForm form, List<MentorSeat> mentors, List<Long> mentees, Long except) {
        if (mentors.isEmpty()) {
            throw new FieldProblem("mentors", "mentorship.mentors.required");
        }
        if (mentees.isEmpty()) {
            throw new FieldProblem("mentees", "mentorship.mentees.required");
        }
        if (new HashSet<>(mentors.stream().map(MentorSeat::profileId).toList()).size() < mentors.size()) {
            throw new FieldProblem("mentors", "mentorship.mentors.twice");
        }
        if (mentors.size() > 1 && mentors.stream().anyMatch(m -> m.field() == null)) {
            throw new FieldProblem("mentors", "mentorship.mentors.fieldRequired");
        }
        List<Member.Candidate> candidates = new ArrayList<>();
        Map<Long, Long> menteePersons = new HashMap<>();
        for (long id : mentees.stream().sorted().distinct().toList()) {
            Member.Candidate mentee = mentee(id, organizationId, form, except);
            menteePersons.put(mentee.personId(), id);
            candidates.add(mentee);
        }
        for (MentorSeat seat : mentors.stream()
                .sorted((a, b) -> Long.compare(a.profileId(), b.profileId()))
                .toList()) {
            Member.Candidate mentor = mentor(seat, organizationId, menteePersons.size(), except);
            if (menteePersons.containsKey(mentor.personId())) {
                throw new FieldProblem("mentors", "mentorship.mentor.self", name(mentor.personId()));
            }
            candidates.add(mentor);
        }
        return candidates;
    }

    /** A new mentor for an open mentorship: locked and checked like {@link #take}. */
    Member.Candidate replacement(
            long organizationId, long mentorProfileId, Collection<Long> menteePersons, int mentees, long mentorship) {
        Member.Candidate mentor = mentor(new MentorSeat(mentorProfileId, null), organizationId, mentees, mentorship);
        if (menteePersons.contains(mentor.personId())) {
            throw new FieldProblem("mentorProfileId", "mentorship.mentor.self", name(mentor.personId()));
        }
        return mentor;
    }

    private record MentorRow(
            long personId,
            long organizationId,
            int capacity,
            String status,
            boolean consented,
            boolean network,
            String name) {}

    private record MenteeRow(long personId, long organizationId, String status, String name) {}

    private Member.Candidate mentor(MentorSeat seat, long organizationId, int mentees, Long except) {
        MentorRow row = jdbc.sql("select m.person_id, m.organization_id, m.capacity, m.status, m.consent_on is not null"
                        + " as consented, m.network_available, " + NAME + " as name from mentor_profile m"
                        + " join person p on p.id = m.person_id where m.id = ? for update of m")
                .param(seat.profileId())
                .query((rs, n) -> new MentorRow(
                        rs.getLong("person_id"),
                        rs.getLong("organization_id"),
                        rs.getInt("capacity"),
                        rs.getString("status"),
                        rs.getBoolean("consented"),
                        rs.getBoolean("network_available"),
                        rs.getString("name")))
                .optional()
                .orElseThrow(() -> new FieldProblem("mentors", "mentorship.mentor.unknown"));
        if (!"ACTIVE".equals(row.status())) {
            throw new FieldProblem("mentors", "mentorship.mentor.notActive", row.name());
        }
        if (!row.consented()) {
            throw new FieldProblem("mentors", "mentorship.mentor.noConsent", row.name());
        }
        if (row.organizationId() != organizationId && !row.network()) {
            throw new FieldProblem("mentors", "mentorship.mentor.notNetwork", row.name());
        }
        int load = load(seat.profileId(), except);
        if (load + mentees > row.capacity()) {
            throw new FieldProblem("mentors", "mentorship.mentor.full", row.name(), load, row.capacity());
        }
        return new Member.Candidate(
                MemberRole.MENTOR, seat.profileId(), row.personId(), row.organizationId(), seat.field());
    }

    private Member.Candidate mentee(long profileId, long organizationId, MentorshipForm form, Long except) {
        MenteeRow row = jdbc.sql("select m.person_id, m.organization_id, m.status, " + NAME + " as name"
                        + " from mentee_profile m join person p on p.id = m.person_id where m.id = ? for update of m")
                .param(profileId)
                .query((rs, n) -> new MenteeRow(
                        rs.getLong("person_id"),
                        rs.getLong("organization_id"),
                        rs.getString("status"),
                        rs.getString("name")))
                .optional()
                .orElseThrow(() -> new FieldProblem("mentees", "mentorship.mentee.unknown"));
        if (row.organizationId() != organizationId) {
            throw new FieldProblem("mentees", "mentorship.mentee.otherOrganization", row.name());
        }
        if (!"ACTIVE".equals(row.status())) {
            throw new FieldProblem("mentees", "mentorship.mentee.notActive", row.name());
        }
        List<String> forms = form.sameFamily().stream().map(Enum::name).toList();
        boolean busy = jdbc.sql("select exists (select 1 from mentorship_member mm join mentorship s"
                        + " on s.id = mm.mentorship_id where mm.mentee_profile_id = ? and mm.left_on is null"
                        + " and s.status in " + MentorshipStatus.OPEN_SQL + " and s.form = any(?)"
                        + " and s.id <> coalesce(?, -1))")
                .params(profileId, forms.toArray(String[]::new), except)
                .query(Boolean.class)
                .single();
        if (busy) {
            throw new FieldProblem("mentees", "mentorship.mentee.busy", row.name());
        }
        return new Member.Candidate(MemberRole.MENTEE, profileId, row.personId(), organizationId, null);
    }

    /** The mentee places a mentor holds in open mentorships other than {@code except}. */
    private int load(long mentorProfileId, Long except) {
        return jdbc.sql("select count(*) from mentorship_member e join mentorship s on s.id = e.mentorship_id"
                        + " where e.role = 'MENTEE' and e.left_on is null and s.status in " + MentorshipStatus.OPEN_SQL
                        + " and s.id <> coalesce(?, -1) and exists (select 1 from mentorship_member r"
                        + " where r.mentorship_id = s.id and r.mentor_profile_id = ? and r.left_on is null)")
                .params(except, mentorProfileId)
                .query(Integer.class)
                .single();
    }

    /** Loads of many mentors at once, for the banks' pages and matching. */
    Map<Long, Integer> loads(Collection<Long> mentorProfileIds) {
        Map<Long, Integer> loads = new HashMap<>();
        if (mentorProfileIds.isEmpty()) {
            return loads;
        }
        jdbc.sql("select r.mentor_profile_id, count(e.id) as load from mentorship_member r"
                        + " join mentorship s on s.id = r.mentorship_id and s.status in " + MentorshipStatus.OPEN_SQL
                        + " join mentorship_member e on e.mentorship_id = s.id and e.role = 'MENTEE' and e.left_on is null"
                        + " where r.mentor_profile_id = any(?) and r.left_on is null group by r.mentor_profile_id")
                .param(mentorProfileIds.toArray(Long[]::new))
                .query(rs -> {
                    loads.put(rs.getLong(1), rs.getInt(2));
                });
        return loads;
    }

    /** The mentee profiles among these in an open mentorship. */
    Set<Long> paired(Collection<Long> menteeProfileIds) {
        if (menteeProfileIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct e.mentee_profile_id from mentorship_member e join mentorship s"
                        + " on s.id = e.mentorship_id where e.mentee_profile_id = any(?) and e.left_on is null"
                        + " and s.status in " + MentorshipStatus.OPEN_SQL)
                .param(menteeProfileIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    String name(long personId) {
        return names(List.of(personId)).getOrDefault(personId, "");
    }

    /** Full names of people by id. */
    Map<Long, String> names(Collection<Long> personIds) {
        Map<Long, String> names = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select p.id, " + NAME + " from person p where p.id = any(?)")
                    .param(personIds.toArray(Long[]::new))
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }
}
