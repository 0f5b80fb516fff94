package org.nastavnik.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nastavnik.mentorship.EventKind;
import org.nastavnik.mentorship.MemberRole;
import org.nastavnik.mentorship.MentorshipDraft;
import org.nastavnik.mentorship.MentorshipForm;
import org.nastavnik.mentorship.MentorshipKind;
import org.nastavnik.mentorship.MentorshipQuery;
import org.nastavnik.mentorship.MentorshipService;
import org.nastavnik.mentorship.MentorshipView.MemberView;
import org.nastavnik.mentorship.OrderRequest;
import org.nastavnik.mentorship.PairsOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pairs and groups of the demo, formed through the mentorship services as a curator would: in school
 * No. 5 the demo mentor and mentee in a pair awaiting the mentee's own consent and one pair fixed by
 * order No. 112-о (the other mentees of the school stay unpaired for matching); in three other
 * organizations a pair and a group fixed by an order, a pair whose mentor was replaced at the mentee's
 * request, a draft, and a pair awaiting consents. The services stamp everything with the present, so
 * the timelines, the members' dates and the mentees' entry into the bank are then moved back to the
 * days the story gives them.
 */
@Component
class DemoMentorships {

    private static final Logger log = LoggerFactory.getLogger(DemoMentorships.class);

    private final MentorshipService mentorships;
    private final MentorshipQuery query;
    private final PairsOrder orders;
    private final JdbcClient jdbc;

    private final Map<String, String[]> texts = new HashMap<>();
    private final List<Runnable> membersBackDated = new ArrayList<>();
    private LocalDate today;
    private Timestamp started;
    private int minute;
    private int document;

    DemoMentorships(MentorshipService mentorships, MentorshipQuery query, PairsOrder orders, JdbcClient jdbc) {
        this.mentorships = mentorships;
        this.query = query;
        this.orders = orders;
        this.jdbc = jdbc;
    }

    private record Mentor(long id, int capacity) {}

    /** A mentorship of the demo and the day its story says it was created. */
    private record Story(long id, LocalDate created) {}

    /** Call as the system, after the banks are filled. */
    void fill(long school5, long mentorPerson, long menteePerson) {
        long began = System.nanoTime();
        texts.clear();
        membersBackDated.clear();
        DemoRegion.rows("demo/mentorships.tsv").forEach(line -> texts.put(line[0], line));
        today = mentorships.today();
        started = new Timestamp(System.currentTimeMillis() - 1000);
        minute = 0;
        document = 0;
        String[] numbers = texts.get("orders");

        // school No. 5: the demo accounts' own pair, awaiting the mentee's consent, and one fixed pair
        long mentorProfile = profile("mentor_profile", mentorPerson, school5);
        long menteeProfile = profile("mentee_profile", menteePerson, school5);
        Story own = create(school5, mentorProfile, List.of(menteeProfile), 6, MentorshipKind.TRADITIONAL, true);
        askConsents(own, 5);
        consent(own, MemberRole.MENTOR, 3);
        List<Mentor> mentors5 = mentors(school5, Set.of(mentorProfile));
        List<Long> mentees5 = mentees(school5, Set.of(menteeProfile));
        if (!mentors5.isEmpty() && !mentees5.isEmpty()) {
            Story fixed = consented(school5, mentors5.get(0).id(), List.of(mentees5.get(mentees5.size() - 1)), 40);
            issue(school5, numbers[1], List.of(fixed), 30);
        }

        List<Long> others = jdbc.sql("select distinct m.organization_id from mentor_profile m join mentee_profile e"
                        + " on e.organization_id = m.organization_id and e.status = 'ACTIVE'"
                        + " where m.status = 'ACTIVE' and m.organization_id <> ? order by m.organization_id")
                .param(school5)
                .query(Long.class)
                .list();
        int story = 0;
        for (long organization : others) {
            if (story > 2) {
                break;
            }
            List<Mentor> mentors = mentors(organization, Set.of());
            List<Long> mentees = mentees(organization, Set.of());
            if (story == 0
                    && mentors.size() >= 2
                    && mentees.size() >= 3
                    && mentors.get(0).capacity() >= 2) {
                groupAndPair(organization, mentors, mentees, numbers[2]);
                story++;
            } else if (story == 1 && mentors.size() >= 2 && mentees.size() >= 2) {
                replacedAndDraft(organization, mentors, mentees, numbers[3]);
                story++;
            } else if (story == 2 && mentors.size() >= 2 && mentees.size() >= 2) {
                awaitingAndPair(organization, mentors, mentees, numbers[4]);
                story++;
            }
        }
        if (story < 3) {
            log.warn("The demo has pairs of {} kinds of the three planned in other organizations", story);
        }
        membersBackDated.forEach(Runnable::run);
        log.info("Demo pairs and groups in {} ms", (System.nanoTime() - began) / 1_000_000);
    }

    /** A group of one mentor with two mentees and a pair, both fixed by one order. */
    private void groupAndPair(long organization, List<Mentor> mentors, List<Long> mentees, String number) {
        Story group = consented(organization, mentors.get(0).id(), mentees.subList(0, 2), 45);
        Story pair = consented(organization, mentors.get(1).id(), List.of(mentees.get(2)), 44);
        issue(organization, number, List.of(group, pair), 35);
    }

    /** A pair fixed by an order whose mentor the curator replaced at the mentee's request; a draft. */
    private void replacedAndDraft(long organization, List<Mentor> mentors, List<Long> mentees, String number) {
        Story pair = consented(organization, mentors.get(0).id(), List.of(mentees.get(0)), 60);
        issue(organization, number, List.of(pair), 52);
        MemberView old = query.get(pair.id()).currentMentors().get(0);
        mentorships.replaceMentor(pair.id(), old.id(), mentors.get(1).id(), today, texts.get("replacement")[1], today);
        stamp(pair.id(), today);
        Mentor free = mentors.get(1).capacity() >= 2 ? mentors.get(1) : mentors.get(mentors.size() - 1);
        if (mentees.size() > 1 && (free.capacity() >= 2 || free != mentors.get(1))) {
            create(organization, free.id(), List.of(mentees.get(1)), 2, MentorshipKind.TRADITIONAL, true);
        }
    }

    /** A pair awaiting the consents the curator asked for, and a pair fixed by an order. */
    private void awaitingAndPair(long organization, List<Mentor> mentors, List<Long> mentees, String number) {
        Story awaiting =
                create(organization, mentors.get(0).id(), List.of(mentees.get(0)), 4, MentorshipKind.TRADITIONAL, true);
        askConsents(awaiting, 3);
        Story pair = consented(organization, mentors.get(1).id(), List.of(mentees.get(1)), 25);
        issue(organization, number, List.of(pair), 18);
    }

    /** Created, consents asked for and given on paper by every member. */
    private Story consented(long organization, long mentor, List<Long> mentees, int daysAgo) {
        Story story = create(
                organization,
                mentor,
                mentees,
                daysAgo,
                mentees.size() > 1 ? MentorshipKind.GROUP : MentorshipKind.TRADITIONAL,
                false);
        askConsents(story, daysAgo - 1);
        consent(story, MemberRole.MENTEE, daysAgo - 3);
        consent(story, MemberRole.MENTOR, daysAgo - 4);
        return story;
    }

    /**
     * A draft starting on the first working day a week or so after it is fixed; {@code upcoming} for
     * one not yet fixed (its start ahead).
     */
    private Story create(
            long organization, long mentor, List<Long> mentees, int daysAgo, MentorshipKind kind, boolean upcoming) {
        LocalDate created = today.minusDays(daysAgo);
        LocalDate start = upcoming ? today.plusDays(14) : created.plusDays(14);
        long id = mentorships.create(new MentorshipDraft(
                organization,
                MentorshipForm.EXPERIENCED_YOUNG,
                kind,
                start,
                start.plusMonths(9),
                List.of(new MentorshipDraft.MentorChoice(mentor, null)),
                mentees));
        Story story = new Story(id, created);
        stamp(id, created);
        jdbc.sql("update mentorship set created_at = ? where id = ?")
                .params(at(created), id)
                .update();
        jdbc.sql("update mentee_profile set created_at = ?, status_since = ? where id = any(?)" + " and created_at > ?")
                .params(at(created.minusDays(12)), created.minusDays(12), mentees.toArray(Long[]::new), at(created))
                .update();
        membersBackDated.add(() -> backDateMembers(story));
        return story;
    }

    private void askConsents(Story story, int daysAgo) {
        mentorships.requestConsents(story.id(), version(story));
        stamp(story.id(), today.minusDays(daysAgo));
    }

    /** The written consents of the members of the role, recorded by the curator. */
    private void consent(Story story, MemberRole role, int daysAgo) {
        LocalDate on = today.minusDays(daysAgo);
        for (MemberView member : query.get(story.id()).current(role)) {
            mentorships.recordConsent(story.id(), member.id(), on, texts.get("consent")[1] + " " + (++document), null);
        }
        stamp(story.id(), on);
    }

    /** The head's order fixing the pairs, registered {@code daysAgo}; each starts a few days later. */
    private void issue(long organization, String number, List<Story> stories, int daysAgo) {
        LocalDate date = today.minusDays(daysAgo);
        OrderRequest suggested = orders.sheet(organization).suggested();
        orders.issue(new OrderRequest(
                organization,
                stories.stream().map(Story::id).toList(),
                number,
                date,
                suggested.signerPosition(),
                suggested.signerName() == null ? director(organization) : suggested.signerName(),
                suggested.curatorName(),
                date.plusMonths(1)));
        for (Story story : stories) {
            LocalDate start = story.created().plusDays(14);
            stamp(story.id(), start, EventKind.ACTIVATED);
            stamp(story.id(), date);
        }
    }

    /** Moves the timeline lines written since the demo began (of the kind, when given) to the day. */
    private void stamp(long mentorship, LocalDate day, EventKind... kinds) {
        List<String> only = Arrays.stream(kinds).map(Enum::name).toList();
        jdbc.sql("update mentorship_event set happened_at = ? where mentorship_id = ? and happened_at >= ?"
                        + (only.isEmpty() ? "" : " and kind = any(?)"))
                .params(
                        only.isEmpty()
                                ? List.of(at(day), mentorship, started)
                                : List.of(at(day), mentorship, started, only.toArray(String[]::new)))
                .update();
    }

    /**
     * Members who joined today (as the service records them) joined the day the pair was created,
     * except a mentor who came instead of one who left.
     */
    private void backDateMembers(Story story) {
        jdbc.sql("update mentorship_member m set joined_on = ? where mentorship_id = ? and joined_on = ?"
                        + " and not (m.role = 'MENTOR' and m.left_on is null and exists (select 1 from"
                        + " mentorship_member o where o.mentorship_id = m.mentorship_id and o.role = 'MENTOR'"
                        + " and o.left_on is not null))")
                .params(story.created(), story.id(), today)
                .update();
    }

    private Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(LocalTime.of(9, 0).plusMinutes(minute++))
                .atZone(ZoneId.systemDefault())
                .toInstant());
    }

    private long version(Story story) {
        return jdbc.sql("select version from mentorship where id = ?")
                .param(story.id())
                .query(Long.class)
                .single();
    }

    private long profile(String table, long personId, long organization) {
        return jdbc.sql("select id from " + table + " where person_id = ? and organization_id = ?")
                .params(personId, organization)
                .query(Long.class)
                .single();
    }

    /** Active, consented mentors of the organization itself, except some. */
    private List<Mentor> mentors(long organization, Set<Long> except) {
        return jdbc
                .sql("select id, capacity from mentor_profile where organization_id = ? and status = 'ACTIVE'"
                        + " and consent_on is not null and capacity > 0 order by id")
                .param(organization)
                .query((rs, n) -> new Mentor(rs.getLong("id"), rs.getInt("capacity")))
                .list()
                .stream()
                .filter(m -> !except.contains(m.id()))
                .toList();
    }

    private List<Long> mentees(long organization, Set<Long> except) {
        Set<Long> skip = new HashSet<>(except);
        return jdbc
                .sql("select id from mentee_profile where organization_id = ? and status = 'ACTIVE' order by id")
                .param(organization)
                .query(Long.class)
                .list()
                .stream()
                .filter(id -> !skip.contains(id))
                .toList();
    }

    /** The director as they sign, «Л.М. Иванова», when nobody holds the head's role in the system. */
    private String director(long organization) {
        return jdbc.sql("select p.last_name, p.first_name, p.middle_name from employment e join person p"
                        + " on p.id = e.person_id where e.organization_id = ? and e.position_id in (22, 23)"
                        + " and e.ended_on is null order by e.id limit 1")
                .param(organization)
                .query((rs, n) -> rs.getString(2).charAt(0) + "."
                        + (rs.getString(3) == null ? "" : rs.getString(3).charAt(0) + ".") + " "
                        + rs.getString(1))
                .optional()
                .orElse(null);
    }
}
