package org.nastavnik.matching;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The assignment of mentees to mentors that maximizes the total fit and, among assignments of the
 * same total, the number of mentees matched, with no mentor over their free places: a min-cost flow
 * of OR-Tools. Source → each mentee (capacity 1); mentee → each mentor they may have (capacity 1,
 * cost −(score·(N+1)+1) for N mentees, so that one point of fit outweighs any number of extra
 * matches); mentor → sink (capacity: free places); mentee → sink directly (capacity 1, cost 0: «no
 * mentor»), so the flow of N units is always feasible. Pure: no Spring, no database.
 */
public final class Assignment {

    /** A mentee may have this mentor with this fit (0..100). */
    public record Edge(long menteeId, long mentorId, int score) {}

    /** The assignment: mentor of each matched mentee, and the total fit. */
    public record Result(Map<Long, Long> mentorOf, long totalScore) {

        public int matched() {
            return mentorOf.size();
        }

        /** How many mentees each mentor got. */
        public Map<Long, Integer> loads() {
            Map<Long, Integer> loads = new HashMap<>();
            mentorOf.values().forEach(m -> loads.merge(m, 1, Integer::sum));
            return loads;
        }
    }

    private Assignment() {}

    /**
     * The optimal assignment of the mentees (each at most once) to mentors (each at most its free
     * places); mentors absent from {@code freePlaces} or with none take nobody. Deterministic: the
     * same input gives the same answer, whatever the order of the edges.
     */
    public static Result solve(Collection<Edge> edges, Map<Long, Integer> freePlaces) {
        TreeSet<Long> mentees = new TreeSet<>();
        TreeSet<Long> mentors = new TreeSet<>();
        Map<String, Edge> unique = new HashMap<>();
        for (Edge e : edges) {
            if (freePlaces.getOrDefault(e.mentorId(), 0) > 0) {
                unique.merge(e.menteeId() + ":" + e.mentorId(), e, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<Edge> usable = new ArrayList<>(unique.values());
        usable.sort(java.util.Comparator.comparingLong(Edge::menteeId).thenComparingLong(Edge::mentorId));
        for (Edge e : usable) {
            mentees.add(e.menteeId());
            mentors.add(e.mentorId());
        }
        if (usable.isEmpty()) {
            return new Result(Map.of(), 0);
        }
        OrTools.load();
        int n = mentees.size();
        Map<Long, Integer> menteeNode = new HashMap<>();
        Map<Long, Integer> mentorNode = new HashMap<>();
        int source = 0;
        int next = 1;
        for (long id : mentees) {
            menteeNode.put(id, next++);
        }
        for (long id : mentors) {
            mentorNode.put(id, next++);
        }
        int sink = next;
        MinCostFlow flow = new MinCostFlow();
        try {
            for (long id : mentees) {
                flow.addArcWithCapacityAndUnitCost(source, menteeNode.get(id), 1, 0);
                flow.addArcWithCapacityAndUnitCost(menteeNode.get(id), sink, 1, 0);
            }
            Map<Integer, Edge> arcs = new LinkedHashMap<>();
            for (Edge e : usable) {
                int score = Math.max(0, e.score());
                long cost = -((long) score * (n + 1) + 1);
                int arc = flow.addArcWithCapacityAndUnitCost(
                        menteeNode.get(e.menteeId()), mentorNode.get(e.mentorId()), 1, cost);
                arcs.put(arc, e);
            }
            for (long id : mentors) {
                int free = Math.min(freePlaces.get(id), n);
                flow.addArcWithCapacityAndUnitCost(mentorNode.get(id), sink, free, 0);
            }
            flow.setNodeSupply(source, n);
            flow.setNodeSupply(sink, -n);
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("Min-cost flow ended with " + status);
            }
            Map<Long, Long> mentorOf = new TreeMap<>();
            long total = 0;
            for (Map.Entry<Integer, Edge> arc : arcs.entrySet()) {
                if (flow.getFlow(arc.getKey()) > 0) {
                    Edge e = arc.getValue();
                    mentorOf.put(e.menteeId(), e.mentorId());
                    total += Math.max(0, e.score());
                }
            }
            return new Result(mentorOf, total);
        } finally {
            flow.delete();
        }
    }

    /**
     * What picking the best remaining pair first would give: the baseline the optimum is compared
     * with (it can be worse when a mentor's best mentee is also the only fit of another mentor).
     */
    public static Result greedy(Collection<Edge> edges, Map<Long, Integer> freePlaces) {
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(java.util.Comparator.comparingInt(Edge::score)
                .reversed()
                .thenComparingLong(Edge::menteeId)
                .thenComparingLong(Edge::mentorId));
        Map<Long, Integer> left = new HashMap<>(freePlaces);
        Map<Long, Long> mentorOf = new TreeMap<>();
        long total = 0;
        for (Edge e : sorted) {
            if (!mentorOf.containsKey(e.menteeId()) && left.getOrDefault(e.mentorId(), 0) > 0) {
                mentorOf.put(e.menteeId(), e.mentorId());
                left.merge(e.mentorId(), -1, Integer::sum);
                total += Math.max(0, e.score());
            }
        }
        return new Result(mentorOf, total);
    }
}
