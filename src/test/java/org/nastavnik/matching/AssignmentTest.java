package org.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nastavnik.matching.Assignment.Edge;

class AssignmentTest {

    @Test
    void emptyInputAssignsNobody() {
        Assignment.Result result = Assignment.solve(List.of(), Map.of());

        assertThat(result.mentorOf()).isEmpty();
        assertThat(result.totalScore()).isZero();
    }

    @Test
    void greedyIsWorseThanTheOptimum() {
        // mentee 1 fits mentor 10 best (90) but also mentor 20 (80); mentee 2 fits only mentor 10 (85).
        // Greedy takes 1→10 (90) and leaves 2 alone: 90. The optimum is 1→20, 2→10: 165.
        List<Edge> edges = List.of(new Edge(1, 10, 90), new Edge(1, 20, 80), new Edge(2, 10, 85));
        Map<Long, Integer> free = Map.of(10L, 1, 20L, 1);

        Assignment.Result greedy = Assignment.greedy(edges, free);
        Assignment.Result optimal = Assignment.solve(edges, free);

        assertThat(greedy.totalScore()).isEqualTo(90);
        assertThat(optimal.totalScore()).isEqualTo(165);
        assertThat(optimal.mentorOf()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 20L, 2L, 10L));
    }

    @Test
    void aMentorWithTwoPlacesTakesTwoMentees() {
        List<Edge> edges = List.of(new Edge(1, 10, 70), new Edge(2, 10, 60), new Edge(3, 10, 50), new Edge(3, 20, 40));
        Map<Long, Integer> free = Map.of(10L, 2, 20L, 1);

        Assignment.Result result = Assignment.solve(edges, free);

        // 1→10, 2→10, 3→20: 170 (3→10 would push 1 or 2 out for less)
        assertThat(result.mentorOf()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 10L, 2L, 10L, 3L, 20L));
        assertThat(result.totalScore()).isEqualTo(170);
        assertThat(result.loads()).containsEntry(10L, 2).containsEntry(20L, 1);
    }

    @Test
    void aMenteeWithoutEdgesStaysUnmatchedAndMentorsWithoutPlacesTakeNobody() {
        List<Edge> edges = List.of(new Edge(1, 10, 50), new Edge(2, 30, 99));
        Map<Long, Integer> free = Map.of(10L, 1, 30L, 0);

        Assignment.Result result = Assignment.solve(edges, free);

        assertThat(result.mentorOf()).containsExactlyEntriesOf(Map.of(1L, 10L));
        assertThat(result.totalScore()).isEqualTo(50);
    }

    @Test
    void ofEqualTotalsTheOneMatchingMoreMenteesWins() {
        // 1→10 alone scores 50; 1→20 and 2→10 score 50 too (50 + 0): two mentees matched.
        List<Edge> edges = List.of(new Edge(1, 10, 50), new Edge(1, 20, 50), new Edge(2, 10, 0));
        Map<Long, Integer> free = Map.of(10L, 1, 20L, 1);

        Assignment.Result result = Assignment.solve(edges, free);

        assertThat(result.totalScore()).isEqualTo(50);
        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.mentorOf()).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 20L, 2L, 10L));
    }

    @Test
    void onRandomGraphsTheOptimumIsFeasibleAndNeverBelowGreedyOrBruteForce() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int mentees = 1 + random.nextInt(5);
            int mentors = 1 + random.nextInt(3);
            List<Edge> edges = new ArrayList<>();
            Map<Long, Integer> free = new java.util.HashMap<>();
            for (long m = 100; m < 100 + mentors; m++) {
                free.put(m, random.nextInt(3));
            }
            for (long e = 1; e <= mentees; e++) {
                for (long m = 100; m < 100 + mentors; m++) {
                    if (random.nextInt(3) > 0) {
                        edges.add(new Edge(e, m, random.nextInt(101)));
                    }
                }
            }
            Collections.shuffle(edges, random);
            Assignment.Result result = Assignment.solve(edges, free);
            result.loads().forEach((mentor, load) -> assertThat(load).isLessThanOrEqualTo(free.get(mentor)));
            assertThat(result.totalScore())
                    .isGreaterThanOrEqualTo(Assignment.greedy(edges, free).totalScore());
            assertThat(result.totalScore()).isEqualTo(best(edges, free, 1, mentees, new java.util.HashMap<>()));
        }
    }

    /** The best total by trying every choice of each mentee (tiny graphs only). */
    private static long best(
            List<Edge> edges, Map<Long, Integer> free, long mentee, int last, Map<Long, Integer> used) {
        if (mentee > last) {
            return 0;
        }
        long best = best(edges, free, mentee + 1, last, used);
        for (Edge e : edges) {
            if (e.menteeId() == mentee && used.getOrDefault(e.mentorId(), 0) < free.get(e.mentorId())) {
                used.merge(e.mentorId(), 1, Integer::sum);
                best = Math.max(best, e.score() + best(edges, free, mentee + 1, last, used));
                used.merge(e.mentorId(), -1, Integer::sum);
            }
        }
        return best;
    }
}
