package org.nastavnik.matching;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.bank.MatchFacts;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.nastavnik.people.PeopleService;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The psychologist's notes on a mentor and a mentee: recorded and changed by whoever assesses
 * compatibility over the mentee's organization (the mentor may work elsewhere, through network
 * mentoring), read by whoever may read the mentee.
 */
@Service
@Transactional(readOnly = true)
public class CompatibilityNotes {

    public static final int COMMENT_MAX = 2000;

    /** A pair as the note's page shows it: both sides, the note (null when none) and the rights. */
    public record Pair(MatchFacts.Mentor mentor, MatchFacts.Mentee mentee, CompatibilityNote note, boolean mayRecord) {}

    private static final String SELECT = "select n.mentor_profile_id, n.mentee_profile_id, n.verdict, n.comment,"
            + " n.recorded_by, n.recorded_actor, n.recorded_at, n.version from compatibility_note n";

    private final JdbcClient jdbc;
    private final MatchFacts facts;
    private final AccessPolicy policy;
    private final PeopleService people;
    private final ApplicationEventPublisher events;

    CompatibilityNotes(
            JdbcClient jdbc,
            MatchFacts facts,
            AccessPolicy policy,
            PeopleService people,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.policy = policy;
        this.people = people;
        this.events = events;
    }

    /** The pair and its note; 404 unless the caller may read the mentee and the mentor exists. */
    public Pair get(long mentorProfileId, long menteeProfileId) {
        MatchFacts.Mentee mentee = facts.mentee(menteeProfileId)
                .filter(m -> policy.scope(Permission.READ).covers(m.organizationPath()))
                .orElseThrow(() -> new NotFoundException("mentee_profile", menteeProfileId));
        MatchFacts.Mentor mentor = facts.mentor(mentorProfileId)
                .orElseThrow(() -> new NotFoundException("mentor_profile", mentorProfileId));
        return new Pair(
                mentor,
                mentee,
                find(mentorProfileId, menteeProfileId).orElse(null),
                policy.scope(Permission.ASSESS_COMPATIBILITY).covers(mentee.organizationPath()));
    }

    /**
     * Records or changes the note. {@code expectedVersion} is the note's version as read (0 when
     * there was none). 404 outside the caller's reading scope, 403 for a caller who only reads.
     */
    @Transactional
    public void record(
            long mentorProfileId, long menteeProfileId, long expectedVersion, Verdict verdict, String comment) {
        Pair pair = get(mentorProfileId, menteeProfileId);
        if (!pair.mayRecord()) {
            throw new ForbiddenException("assess compatibility");
        }
        String text = RussianText.trimToNull(comment);
        List<Violation> problems = new ArrayList<>();
        if (verdict == null) {
            problems.add(new Violation("verdict", "matching.compatibility.verdictRequired"));
        }
        if (text != null && text.length() > COMMENT_MAX) {
            problems.add(new Violation("comment", "matching.compatibility.commentTooLong", COMMENT_MAX));
        }
        FieldProblem.requireNone(problems);
        CompatibilityNote before = pair.note();
        long current = before == null ? 0 : before.version();
        if (current != expectedVersion) {
            throw new ConcurrentChangeException("compatibility_note", menteeProfileId);
        }
        OffsetDateTime now = OffsetDateTime.now();
        int changed = before == null
                ? jdbc.sql("insert into compatibility_note (mentor_profile_id, mentee_profile_id, verdict, comment,"
                                + " recorded_by, recorded_actor, recorded_at) values (?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict do nothing")
                        .params(
                                mentorProfileId,
                                menteeProfileId,
                                verdict.name(),
                                text,
                                policy.personId(),
                                policy.actor(),
                                now)
                        .update()
                : jdbc.sql("update compatibility_note set verdict = ?, comment = ?, recorded_by = ?,"
                                + " recorded_actor = ?, recorded_at = ?, version = version + 1"
                                + " where mentor_profile_id = ? and mentee_profile_id = ? and version = ?")
                        .params(
                                verdict.name(),
                                text,
                                policy.personId(),
                                policy.actor(),
                                now,
                                mentorProfileId,
                                menteeProfileId,
                                expectedVersion - 1)
                        .update();
        if (changed == 0) {
            throw new ConcurrentChangeException("compatibility_note", menteeProfileId);
        }
        events.publishEvent(new ChangeRecorded(
                "compatibility_note",
                menteeProfileId,
                pair.mentee().organizationPath(),
                before == null ? "create" : "update",
                before == null ? Map.of() : snapshot(before.mentorProfileId(), before.verdict(), before.comment()),
                snapshot(mentorProfileId, verdict, text)));
    }

    /** The notes on these mentees' pairs by {@link MatchGraph#key}, regardless of rights. */
    Map<String, CompatibilityNote> forMentees(Collection<Long> menteeProfileIds) {
        if (menteeProfileIds.isEmpty()) {
            return Map.of();
        }
        Map<String, CompatibilityNote> notes = new HashMap<>();
        List<CompatibilityNote> found = jdbc.sql(SELECT + " where n.mentee_profile_id = any (?::bigint[])")
                .param(menteeProfileIds.toArray(Long[]::new))
                .query(CompatibilityNotes::map)
                .list();
        Map<Long, String> names = names(found);
        for (CompatibilityNote n : found) {
            notes.put(MatchGraph.key(n.mentorProfileId(), n.menteeProfileId()), named(n, names));
        }
        return notes;
    }

    private Optional<CompatibilityNote> find(long mentorProfileId, long menteeProfileId) {
        List<CompatibilityNote> found = jdbc.sql(SELECT + " where n.mentor_profile_id = ? and n.mentee_profile_id = ?")
                .params(mentorProfileId, menteeProfileId)
                .query(CompatibilityNotes::map)
                .list();
        Map<Long, String> names = names(found);
        return found.stream().findFirst().map(n -> named(n, names));
    }

    private Map<Long, String> names(List<CompatibilityNote> notes) {
        List<Long> ids = notes.stream()
                .map(CompatibilityNote::recordedBy)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        return ids.isEmpty() ? Map.of() : people.fullNames(ids);
    }

    private static CompatibilityNote named(CompatibilityNote n, Map<Long, String> names) {
        String name = n.recordedBy() == null ? null : names.get(n.recordedBy());
        return name == null
                ? n
                : new CompatibilityNote(
                        n.mentorProfileId(),
                        n.menteeProfileId(),
                        n.verdict(),
                        n.comment(),
                        n.recordedBy(),
                        name,
                        n.recordedAt(),
                        n.version());
    }

    private static CompatibilityNote map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CompatibilityNote(
                rs.getLong("mentor_profile_id"),
                rs.getLong("mentee_profile_id"),
                Verdict.valueOf(rs.getString("verdict")),
                rs.getString("comment"),
                rs.getObject("recorded_by", Long.class),
                rs.getString("recorded_actor"),
                rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getLong("version") + 1);
    }

    private static Map<String, Object> snapshot(long mentorProfileId, Verdict verdict, String comment) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("mentorProfileId", mentorProfileId);
        values.put("verdict", verdict.name());
        values.put("comment", comment);
        return values;
    }
}
