package org.nastavnik.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nastavnik.bank.MatchFacts;
import org.nastavnik.bank.MatchFacts.Mentee;
import org.nastavnik.bank.MatchFacts.Mentor;
import org.nastavnik.bank.Pairings;
import org.nastavnik.bank.ProfileStatus;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.catalog.CatalogService;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.people.PeopleService;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate mentors for one mentee and the proposal of pairs for an organization or a municipality.
 *
 * <p>The pool of a mentee: the mentor profiles of their organization and the network-available ones
 * of their municipality (for an organization directly under the region, of the region). Free places
 * are the capacity less the mentees a mentor has now ({@link Pairings}). The spread rule: the
 * candidate flagged {@code top} for a mentee is the mentor the optimal assignment of all unpaired,
 * active, consented mentees of the pool (and this mentee) gives them, so no mentor is the top choice
 * of more mentees than they have free places.
 */
@Service
@Transactional(readOnly = true)
public class MatchingService {

    private static final Logger log = LoggerFactory.getLogger(MatchingService.class);

    /** How many alternative mentors a proposed pair lists. */
    public static final int ALTERNATIVES = 5;

    /** The candidates for one mentee: ranked (the {@code top} one first), and the excluded ones. */
    public record Candidates(
            Mentee mentee, List<Candidate> ranked, List<Excluded> excluded, boolean mayFormPairs, boolean mayAssess) {}

    /**
     * A mentor that may be offered.
     *
     * @param freePlaces capacity less the mentees they have now
     * @param note the psychologist's note on this pair, or null
     * @param top whether the spread assignment gives this mentor to the mentee
     */
    public record Candidate(
            Mentor mentor, int score, List<Reason> reasons, int freePlaces, CompatibilityNote note, boolean top) {}

    /** A mentor of the pool that is not offered, with every hard rule that keeps them out and its text. */
    public record Excluded(Mentor mentor, List<HardRule> rules, List<String> texts) {}

    /**
     * The optimal pairs for a unit's unpaired, active, consented mentees.
     *
     * @param totalScore the sum of the pairs' scores, the maximum possible
     * @param greedyTotal what taking the best remaining pair first would have given, for comparison
     */
    public record Proposal(
            UnitView unit,
            List<ProposedPair> pairs,
            List<Unmatched> unmatched,
            long totalScore,
            long greedyTotal,
            List<GroupProposal> groups) {}

    /** A proposed pair with up to {@value #ALTERNATIVES} other mentors who still have places. */
    public record ProposedPair(
            Mentee mentee,
            Mentor mentor,
            int score,
            List<Reason> reasons,
            CompatibilityNote note,
            List<Alternative> alternatives) {}

    /** Another mentor for a swap: their fit and the places they have left after the proposal. */
    public record Alternative(Mentor mentor, int score, int placesLeft) {}

    /** A mentee the proposal leaves without a mentor, and why. */
    public record Unmatched(Mentee mentee, UnmatchedReason reason, String text) {}

    public enum UnmatchedReason {
        /** No mentor of the pool passes the hard rules. */
        NO_CANDIDATE,
        /** The mentors who would pass went to other mentees with a better total. */
        ALL_TAKEN
    }

    /** A mentor given several mentees whose strongest deficits share an area: a group in that area. */
    public record GroupProposal(Mentor mentor, long areaId, String areaName, List<Mentee> mentees) {}

    private final MatchFacts facts;
    private final CompatibilityNotes notes;
    private final MatchWeightsService weights;
    private final CatalogService catalog;
    private final PeopleService people;
    private final StructureService structure;
    private final AccessPolicy policy;
    private final ObjectProvider<Pairings> pairings;
    private final MatchingText text;

    MatchingService(
            MatchFacts facts,
            CompatibilityNotes notes,
            MatchWeightsService weights,
            CatalogService catalog,
            PeopleService people,
            StructureService structure,
            AccessPolicy policy,
            ObjectProvider<Pairings> pairings,
            MatchingText text) {
        this.facts = facts;
        this.notes = notes;
        this.weights = weights;
        this.catalog = catalog;
        this.people = people;
        this.structure = structure;
        this.policy = policy;
        this.pairings = pairings;
        this.text = text;
    }

    /**
     * The ranked candidates for a mentee. The caller forms pairs or assesses compatibility over the
     * mentee's organization; 403 if they may only read the mentee, 404 if not even that.
     */
    public Candidates candidates(long menteeProfileId) {
        long started = System.nanoTime();
        Mentee mentee = facts.mentee(menteeProfileId)
                .orElseThrow(() -> new NotFoundException("mentee_profile", menteeProfileId));
        boolean mayFormPairs = policy.scope(Permission.FORM_PAIRS).covers(mentee.organizationPath());
        boolean mayAssess = policy.scope(Permission.ASSESS_COMPATIBILITY).covers(mentee.organizationPath());
        requireAny(mayFormPairs || mayAssess, mentee.organizationPath(), "mentee_profile", menteeProfileId);

        Pools pools = new Pools();
        String poolPath = pools.of(mentee.organizationPath());
        Pool pool = pool(poolPath, pools, m -> m.profileId() == menteeProfileId);
        Mentee current = pool.mentees.stream()
                .filter(m -> m.profileId() == menteeProfileId)
                .findFirst()
                .orElse(mentee);
        Map<String, CompatibilityNote> pairNotes = new HashMap<>(pool.notes);
        if (!pool.mentees.contains(current)) {
            pairNotes.putAll(notes.forMentees(List.of(menteeProfileId)));
        }
        MatchGraph own =
                MatchGraph.build(List.of(current), pool.mentors, pool.free, pairNotes, m -> poolPath, pool.context);
        // the spread: the mentor the optimal assignment of the pool's open mentees gives this one
        Long top = MatchGraph.build(pool.open, pool.mentors, pool.free, pool.notes, pools::ofMentee, pool.context)
                .optimal()
                .mentorOf()
                .get(menteeProfileId);

        List<Candidate> ranked = new ArrayList<>();
        Set<Long> offered = new HashSet<>();
        for (MatchGraph.Scored s : own.of(menteeProfileId)) {
            offered.add(s.mentor().profileId());
            ranked.add(new Candidate(
                    s.mentor(),
                    s.fit().score(),
                    text.render(s.fit().reasons()),
                    pool.free.getOrDefault(s.mentor().profileId(), 0),
                    s.note(),
                    top != null && top == s.mentor().profileId()));
        }
        ranked.sort(Comparator.comparing((Candidate c) -> !c.top())
                .thenComparing(c -> -c.score())
                .thenComparing(c -> RussianText.normalize(c.mentor().fullName())));
        List<Excluded> excluded = new ArrayList<>();
        for (Mentor mentor : pool.mentors) {
            boolean inPool = mentor.organizationId() == mentee.organizationId() || mentor.networkAvailable();
            if (inPool && !offered.contains(mentor.profileId())) {
                List<HardRule> rules =
                        FitScoring.exclusions(current, mentor, pool.free.getOrDefault(mentor.profileId(), 0), poolPath);
                excluded.add(new Excluded(
                        mentor, rules, rules.stream().map(text::text).toList()));
            }
        }
        excluded.sort(Comparator.comparing(e -> RussianText.normalize(e.mentor().fullName())));
        log.debug(
                "Candidates for mentee {}: {} mentors, {} mentees in the pool, {} ms",
                menteeProfileId,
                pool.mentors.size(),
                pool.mentees.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Candidates(current, ranked, excluded, mayFormPairs, mayAssess);
    }

    /**
     * The proposal for an organization or a municipality in the caller's FORM_PAIRS scope: 403 if
     * they may only read it, 404 if not even that; a region is refused (422: choose a municipality).
     */
    public Proposal propose(long unitId) {
        long started = System.nanoTime();
        UnitView unit = structure.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        requireAny(policy.scope(Permission.FORM_PAIRS).covers(unit.path()), unit.path(), "unit", unitId);
        if (unit.level() == UnitLevel.REGION) {
            throw new FieldProblem("unitId", "matching.proposal.unitLevel");
        }
        Pools pools = new Pools();
        String poolPath = unit.level() == UnitLevel.MUNICIPALITY ? unit.path() : pools.of(unit.path());
        Pool pool = pool(poolPath, pools, m -> false);
        List<Mentee> mentees = pool.open.stream()
                .filter(m -> m.organizationPath().startsWith(unit.path()))
                .toList();
        Map<String, CompatibilityNote> pairNotes = pool.notes;
        MatchGraph graph = MatchGraph.build(mentees, pool.mentors, pool.free, pairNotes, pools::ofMentee, pool.context);
        Assignment.Result optimal = graph.optimal();
        Assignment.Result greedy = graph.greedy();

        Map<Long, Integer> left = new HashMap<>(pool.free);
        optimal.loads().forEach((mentor, load) -> left.merge(mentor, -load, Integer::sum));
        List<ProposedPair> pairs = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Map<Long, List<Mentee>> byMentor = new LinkedHashMap<>();
        for (Mentee mentee : mentees) {
            List<MatchGraph.Scored> options = graph.of(mentee.profileId());
            Long mentorId = optimal.mentorOf().get(mentee.profileId());
            if (mentorId == null) {
                UnmatchedReason why = options.isEmpty() ? UnmatchedReason.NO_CANDIDATE : UnmatchedReason.ALL_TAKEN;
                unmatched.add(new Unmatched(mentee, why, text.message("matching.unmatched." + why.name())));
                continue;
            }
            MatchGraph.Scored chosen = options.stream()
                    .filter(s -> s.mentor().profileId() == mentorId)
                    .findFirst()
                    .orElseThrow();
            List<Alternative> alternatives = options.stream()
                    .filter(s -> s.mentor().profileId() != mentorId)
                    .filter(s -> left.getOrDefault(s.mentor().profileId(), 0) > 0)
                    .limit(ALTERNATIVES)
                    .map(s -> new Alternative(
                            s.mentor(), s.fit().score(), left.get(s.mentor().profileId())))
                    .toList();
            pairs.add(new ProposedPair(
                    mentee,
                    chosen.mentor(),
                    chosen.fit().score(),
                    text.render(chosen.fit().reasons()),
                    chosen.note(),
                    alternatives));
            byMentor.computeIfAbsent(mentorId, k -> new ArrayList<>()).add(mentee);
        }
        Comparator<Mentee> byName = Comparator.comparing((Mentee m) -> RussianText.normalize(m.organization()))
                .thenComparing(m -> RussianText.normalize(m.fullName()));
        pairs.sort(Comparator.comparing(ProposedPair::mentee, byName));
        unmatched.sort(Comparator.comparing(Unmatched::mentee, byName));
        Map<Long, Mentor> mentorsById = new HashMap<>();
        pool.mentors.forEach(m -> mentorsById.put(m.profileId(), m));
        List<GroupProposal> groups = groups(byMentor, mentorsById);
        log.info(
                "Proposal for unit {}: {} mentees, {} mentors, {} matched, total {} (greedy {}), {} ms",
                unitId,
                mentees.size(),
                pool.mentors.size(),
                optimal.matched(),
                optimal.totalScore(),
                greedy.totalScore(),
                (System.nanoTime() - started) / 1_000_000);
        return new Proposal(unit, pairs, unmatched, optimal.totalScore(), greedy.totalScore(), groups);
    }

    /**
     * A mentor with two or more mentees whose strongest deficits (those of the highest level) share
     * an area: the area most of them share, with those mentees.
     */
    private List<GroupProposal> groups(Map<Long, List<Mentee>> byMentor, Map<Long, Mentor> mentors) {
        Map<Long, String> areaNames = catalog.names(CatalogKind.DEFICIT_AREA);
        List<GroupProposal> groups = new ArrayList<>();
        for (Map.Entry<Long, List<Mentee>> entry : byMentor.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            // a group is one mentorship of one organization: mentees of different schools are not grouped
            Map<List<Long>, List<Mentee>> byArea = new java.util.LinkedHashMap<>();
            for (Mentee mentee : entry.getValue()) {
                strongestAreas(mentee).stream().sorted().forEach(area -> byArea.computeIfAbsent(
                                List.of(area, mentee.organizationId()), k -> new ArrayList<>())
                        .add(mentee));
            }
            byArea.entrySet().stream()
                    .filter(e -> e.getValue().size() >= 2)
                    .max(Comparator.comparingInt((Map.Entry<List<Long>, List<Mentee>> e) ->
                                    e.getValue().size())
                            .thenComparing(e -> -e.getKey().get(0)))
                    .ifPresent(best -> groups.add(new GroupProposal(
                            mentors.get(entry.getKey()),
                            best.getKey().get(0),
                            areaNames.getOrDefault(best.getKey().get(0), ""),
                            List.copyOf(best.getValue()))));
        }
        return groups;
    }

    private static Set<Long> strongestAreas(Mentee mentee) {
        int max = mentee.deficits().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        Set<Long> areas = new HashSet<>();
        mentee.deficits().forEach((deficit, level) -> {
            if (level == max && mentee.deficitAreas().get(deficit) != null) {
                areas.add(mentee.deficitAreas().get(deficit));
            }
        });
        return areas;
    }

    /**
     * Everything of one pool: its mentors with free places, its active consented mentees, those of
     * them not in a pair (open), the notes on their pairs and the scoring context.
     */
    private record Pool(
            List<Mentor> mentors,
            List<Mentee> mentees,
            List<Mentee> open,
            Map<Long, Integer> free,
            Map<String, CompatibilityNote> notes,
            FitScoring.Context context) {}

    /**
     * Reads a pool: all its mentors, and its mentees that are active, consented and not in a pair
     * (those whose own pool it is), plus any mentee {@code include} names.
     */
    private Pool pool(String poolPath, Pools pools, java.util.function.Predicate<Mentee> include) {
        List<Mentor> mentors = facts.mentors(List.of(poolPath));
        List<Mentee> all = facts.mentees(List.of(poolPath)).stream()
                .filter(m -> poolPath.equals(pools.ofMentee(m)))
                .filter(m -> include.test(m) || (m.status() == ProfileStatus.ACTIVE && m.consent()))
                .toList();
        Pairings source = pairings.getIfAvailable();
        Set<Long> paired = source == null
                ? Set.of()
                : source.pairedMentees(all.stream().map(Mentee::profileId).toList());
        List<Mentee> open = all.stream()
                .filter(m -> include.test(m) || !paired.contains(m.profileId()))
                .filter(m -> m.status() == ProfileStatus.ACTIVE && m.consent())
                .toList();
        Map<Long, Integer> loads = source == null
                ? Map.of()
                : source.loads(mentors.stream().map(Mentor::profileId).toList());
        Map<Long, Integer> free = new HashMap<>();
        mentors.forEach(m -> free.put(m.profileId(), m.capacity() - loads.getOrDefault(m.profileId(), 0)));
        Map<String, CompatibilityNote> pairNotes =
                notes.forMentees(all.stream().map(Mentee::profileId).toList());
        FitScoring.Context context = new FitScoring.Context(
                weights.covering(poolPath),
                catalog.coveredDeficits(),
                catalog.names(CatalogKind.DEFICIT),
                people.subjectNames());
        return new Pool(mentors, all, open, free, pairNotes, context);
    }

    /** 404 when the caller cannot even read the object's unit, else 403 when the check failed. */
    private void requireAny(boolean allowed, String unitPath, String what, long id) {
        if (allowed) {
            return;
        }
        if (policy.scope(Permission.READ).covers(unitPath)) {
            throw new ForbiddenException("match " + what);
        }
        throw new NotFoundException(what, id);
    }

    /**
     * The pool path of organizations: the path of the municipality they lie in or, directly under
     * the region, the region's. Reads each ancestor unit once.
     */
    private final class Pools {

        private final Map<String, String> byPath = new HashMap<>();
        private final Map<Long, UnitView> ancestors = new HashMap<>();

        String ofMentee(Mentee mentee) {
            return of(mentee.organizationPath());
        }

        String of(String organizationPath) {
            return byPath.computeIfAbsent(organizationPath, this::find);
        }

        private String find(String path) {
            List<Long> ids = new ArrayList<>();
            for (String part : path.split("/")) {
                if (!part.isEmpty()) {
                    ids.add(Long.parseLong(part));
                }
            }
            // the organization itself is no municipality: only its ancestors are read
            ids = ids.subList(0, Math.max(1, ids.size() - 1));
            List<Long> missing =
                    ids.stream().filter(id -> !ancestors.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                ancestors.putAll(structure.byIds(missing));
            }
            for (int i = ids.size() - 1; i >= 0; i--) {
                UnitView unit = ancestors.get(ids.get(i));
                if (unit != null && unit.level() == UnitLevel.MUNICIPALITY) {
                    return unit.path();
                }
            }
            return "/" + ids.get(0) + "/";
        }
    }
}
