package org.nastavnik.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nastavnik.bank.MatchFacts.Mentee;
import org.nastavnik.bank.MatchFacts.Mentor;

/**
 * Every mentee with the mentors that pass the hard rules for them and their fits, and the optimal
 * assignment over it. Pure: the facts, free places and notes come in.
 */
final class MatchGraph {

    /** A mentor that may be offered to a mentee, with the fit. */
    record Scored(Mentee mentee, Mentor mentor, FitScoring.Fit fit, CompatibilityNote note) {}

    /** The key of a pair in the notes' map. */
    static String key(long mentorProfileId, long menteeProfileId) {
        return mentorProfileId + ":" + menteeProfileId;
    }

    private final Map<Long, List<Scored>> byMentee;
    private final Map<Long, Integer> free;

    private MatchGraph(Map<Long, List<Scored>> byMentee, Map<Long, Integer> free) {
        this.byMentee = byMentee;
        this.free = free;
    }

    /**
     * Scores every mentee against every mentor that passes the hard rules for them.
     *
     * @param free each mentor's free places (capacity less current load)
     * @param notes the psychologist's notes by {@link #key}
     * @param poolPath the path network mentors of a mentee may come from
     */
    static MatchGraph build(
            List<Mentee> mentees,
            List<Mentor> mentors,
            Map<Long, Integer> free,
            Map<String, CompatibilityNote> notes,
            Function<Mentee, String> poolPath,
            FitScoring.Context ctx) {
        Map<Long, List<Scored>> byMentee = new LinkedHashMap<>();
        for (Mentee mentee : mentees) {
            String pool = poolPath.apply(mentee);
            List<Scored> scored = new ArrayList<>();
            for (Mentor mentor : mentors) {
                int places = free.getOrDefault(mentor.profileId(), 0);
                if (FitScoring.exclusions(mentee, mentor, places, pool).isEmpty()) {
                    CompatibilityNote note = notes.get(key(mentor.profileId(), mentee.profileId()));
                    scored.add(new Scored(
                            mentee,
                            mentor,
                            FitScoring.score(
                                    mentee,
                                    mentor,
                                    places,
                                    note == null ? null : note.verdict(),
                                    note == null ? null : note.comment(),
                                    ctx),
                            note));
                }
            }
            scored.sort(Comparator.comparingInt((Scored s) -> -s.fit().score())
                    .thenComparingLong(s -> s.mentor().profileId()));
            byMentee.put(mentee.profileId(), scored);
        }
        return new MatchGraph(byMentee, free);
    }

    /** The mentors a mentee may have, best first. */
    List<Scored> of(long menteeProfileId) {
        return byMentee.getOrDefault(menteeProfileId, List.of());
    }

    List<Assignment.Edge> edges() {
        List<Assignment.Edge> edges = new ArrayList<>();
        byMentee.values()
                .forEach(list -> list.forEach(s -> edges.add(new Assignment.Edge(
                        s.mentee().profileId(), s.mentor().profileId(), s.fit().score()))));
        return edges;
    }

    Assignment.Result optimal() {
        return Assignment.solve(edges(), free);
    }

    Assignment.Result greedy() {
        return Assignment.greedy(edges(), free);
    }
}
