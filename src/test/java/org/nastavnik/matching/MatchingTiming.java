package org.nastavnik.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nastavnik.bank.MatchFacts.Mentee;
import org.nastavnik.bank.MatchFacts.Mentor;
import org.nastavnik.bank.MenteeCategory;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfileStatus;

/**
 * Not a test: times scoring and the assignment for a municipality of 500 mentees and 400 mentors in
 * 40 organizations (30 % of mentors network-available), in memory. Run with the test classpath:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.nastavnik.matching.MatchingTiming}.
 */
public final class MatchingTiming {

    private MatchingTiming() {}

    public static void main(String[] args) {
        Random random = new Random(2026);
        int organizations = 40;
        Map<Long, java.util.Set<Long>> covered = new HashMap<>();
        for (long c = 1; c <= 14; c++) {
            java.util.Set<Long> deficits = new java.util.HashSet<>();
            long area = 1 + random.nextInt(10);
            for (long d = 0; d < 5; d++) {
                deficits.add(area * 100 + d);
            }
            covered.put(c, deficits);
        }
        List<Mentor> mentors = new ArrayList<>();
        for (long i = 1; i <= 400; i++) {
            long org = 1 + random.nextInt(organizations);
            List<Long> competencies = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                competencies.add(1L + random.nextInt(14));
            }
            mentors.add(new Mentor(
                    i,
                    10_000 + i,
                    "Mentor " + i,
                    org,
                    "Org " + org,
                    "/1/2/" + org + "/",
                    List.of(1L + random.nextInt(12)),
                    competencies,
                    2 + random.nextInt(2),
                    random.nextInt(100) < 30,
                    EnumSet.of(MentoringFormat.IN_PERSON, MentoringFormat.REMOTE),
                    true,
                    ProfileStatus.ACTIVE,
                    5 + random.nextInt(30)));
        }
        List<Mentee> mentees = new ArrayList<>();
        for (long i = 1; i <= 500; i++) {
            long org = 1 + random.nextInt(organizations);
            Map<Long, Integer> deficits = new LinkedHashMap<>();
            Map<Long, Long> areas = new LinkedHashMap<>();
            for (int k = 0; k < 2 + random.nextInt(3); k++) {
                long area = 1 + random.nextInt(10);
                long d = area * 100 + random.nextInt(5);
                deficits.put(d, 1 + random.nextInt(3));
                areas.put(d, area);
            }
            mentees.add(new Mentee(
                    1000 + i,
                    20_000 + i,
                    "Mentee " + i,
                    org,
                    "Org " + org,
                    "/1/2/" + org + "/",
                    MenteeCategory.YOUNG_SPECIALIST,
                    List.of(1L + random.nextInt(12)),
                    deficits,
                    areas,
                    MentoringFormat.IN_PERSON,
                    true,
                    ProfileStatus.ACTIVE,
                    random.nextInt(4),
                    LocalDate.now()));
        }
        Map<Long, Integer> free = new HashMap<>();
        mentors.forEach(m -> free.put(m.profileId(), m.capacity()));
        FitScoring.Context context = new FitScoring.Context(MatchWeights.DEFAULT, covered, Map.of(), Map.of());
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            MatchGraph graph = MatchGraph.build(mentees, mentors, free, Map.of(), m -> "/1/2/", context);
            long t1 = System.nanoTime();
            Assignment.Result optimal = graph.optimal();
            long t2 = System.nanoTime();
            Assignment.Result greedy = graph.greedy();
            long t3 = System.nanoTime();
            System.out.printf(
                    "round %d: %d edges; scoring %d ms, min-cost flow %d ms, greedy %d ms; matched %d, total %d"
                            + " (greedy %d matched, total %d)%n",
                    round,
                    graph.edges().size(),
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000,
                    optimal.matched(),
                    optimal.totalScore(),
                    greedy.matched(),
                    greedy.totalScore());
        }
    }
}
