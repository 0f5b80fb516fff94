package org.nastavnik.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nastavnik.bank.MatchFacts.Mentee;
import org.nastavnik.bank.MatchFacts.Mentor;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfileStatus;
import org.nastavnik.common.RussianText;

/**
 * How well a mentor fits a mentee, 0 to 100, with a reason per criterion; and the hard rules that
 * keep a mentor from being offered at all. Pure: everything it needs comes in.
 *
 * <p>Each of six criteria gives a fraction of its share (weight·100 / sum of the six weights):
 * subject (1 when a subject is shared, 0 when not, ½ when the mentee's subjects are unknown);
 * deficits (the mentee's deficits covered by the mentor's competencies, weighted by their level 1–3;
 * ½ without deficits); experience (the mentor's lead in years, full from {@link #FULL_LEAD} years, 0
 * when none; ½ when either is unknown); organization (1 in the same one, 0 across organizations —
 * network mentoring); free capacity (free places / capacity); format (1 when the mentor offers the
 * mentee's preferred format or the mentee has none; «смешанно» is offered by a mentor who meets in
 * person and remotely). The psychologist's note then adds: compatible +compatibility/4, with
 * reservations −compatibility/2, incompatible −(70 + compatibility): an incompatible pair falls well
 * below compatible ones but stays a candidate. The score is the sum, clamped to 0..100.
 */
public final class FitScoring {

    /** The lead in years of experience that earns the whole share. */
    public static final int FULL_LEAD = 10;

    /** How many covered deficits a reason names. */
    private static final int NAMED = 3;

    /**
     * The reference data the score reads.
     *
     * @param coveredDeficits the deficits each competency covers
     * @param deficitNames the deficits' names
     * @param subjectNames the subjects' names
     */
    public record Context(
            MatchWeights weights,
            Map<Long, Set<Long>> coveredDeficits,
            Map<Long, String> deficitNames,
            Map<Long, String> subjectNames) {

        /** The deficits a mentor's competencies cover. */
        public Set<Long> covered(Collection<Long> competencyIds) {
            Set<Long> covered = new HashSet<>();
            competencyIds.forEach(c -> covered.addAll(coveredDeficits.getOrDefault(c, Set.of())));
            return covered;
        }
    }

    /** A score with its reasons, in the order of the criteria. */
    public record Fit(int score, List<Reason> reasons) {}

    private FitScoring() {}

    /**
     * The hard rules that exclude the mentor for the mentee, none when the mentor may be offered.
     *
     * @param freePlaces the mentor's capacity less the mentees they have now
     * @param poolPath the path of the mentee's municipality (or region) network mentors come from
     */
    public static List<HardRule> exclusions(Mentee mentee, Mentor mentor, int freePlaces, String poolPath) {
        List<HardRule> rules = new ArrayList<>();
        if (mentor.personId() == mentee.personId()) {
            rules.add(HardRule.SELF);
        }
        if (mentor.status() != ProfileStatus.ACTIVE) {
            rules.add(HardRule.NOT_ACTIVE);
        }
        if (!mentor.consent()) {
            rules.add(HardRule.NO_CONSENT);
        }
        if (freePlaces <= 0) {
            rules.add(HardRule.NO_FREE_PLACES);
        }
        if (mentor.organizationId() != mentee.organizationId()) {
            if (poolPath == null || !mentor.organizationPath().startsWith(poolPath)) {
                rules.add(HardRule.OUTSIDE_SCOPE);
            } else if (!mentor.networkAvailable()) {
                rules.add(HardRule.OTHER_ORGANIZATION);
            }
        }
        return rules;
    }

    /** The fit of a mentor for a mentee; {@code note} is the psychologist's, or null. */
    public static Fit score(Mentee mentee, Mentor mentor, int freePlaces, Verdict note, String comment, Context ctx) {
        MatchWeights w = ctx.weights();
        double unit = w.shares() == 0 ? 0 : 100.0 / w.shares();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(subject(mentee, mentor, w.subject() * unit, ctx));
        reasons.add(deficits(mentee, mentor, w.deficits() * unit, ctx));
        reasons.add(experience(mentee, mentor, w.experience() * unit));
        reasons.add(organization(mentee, mentor, w.organization() * unit));
        reasons.add(capacity(mentor, freePlaces, w.capacity() * unit));
        reasons.add(format(mentee, mentor, w.format() * unit));
        if (note != null) {
            reasons.add(compatibility(note, comment, w.compatibility()));
        }
        int total = reasons.stream().mapToInt(Reason::points).sum();
        return new Fit(Math.max(0, Math.min(100, total)), List.copyOf(reasons));
    }

    private static Reason subject(Mentee mentee, Mentor mentor, double share, Context ctx) {
        if (mentee.subjectIds().isEmpty()) {
            return Reason.of("subject", "matching.reason.subject.unknown", points(share, 0.5));
        }
        List<Long> common = mentee.subjectIds().stream()
                .filter(mentor.subjectIds()::contains)
                .toList();
        if (common.isEmpty()) {
            return Reason.of("subject", "matching.reason.subject.other", 0);
        }
        return Reason.of(
                "subject", "matching.reason.subject.same", points(share, 1), names(common, ctx.subjectNames()));
    }

    private static Reason deficits(Mentee mentee, Mentor mentor, double share, Context ctx) {
        if (mentee.deficits().isEmpty()) {
            return Reason.of("deficits", "matching.reason.deficits.none", points(share, 0.5));
        }
        Set<Long> covered = ctx.covered(mentor.competencyIds());
        int all = 0;
        int met = 0;
        List<Long> coveredIds = new ArrayList<>();
        for (Map.Entry<Long, Integer> d : mentee.deficits().entrySet()) {
            all += d.getValue();
            if (covered.contains(d.getKey())) {
                met += d.getValue();
                coveredIds.add(d.getKey());
            }
        }
        int count = mentee.deficits().size();
        if (coveredIds.isEmpty()) {
            return Reason.of("deficits", "matching.reason.deficits.uncovered", 0, count);
        }
        // the strongest covered deficits are named first
        coveredIds.sort((a, b) -> mentee.deficits().get(b) - mentee.deficits().get(a));
        String named = names(coveredIds.subList(0, Math.min(NAMED, coveredIds.size())), ctx.deficitNames())
                + (coveredIds.size() > NAMED ? "…" : "");
        return Reason.of(
                "deficits",
                "matching.reason.deficits.covered",
                points(share, (double) met / all),
                coveredIds.size(),
                count,
                named);
    }

    private static Reason experience(Mentee mentee, Mentor mentor, double share) {
        if (mentor.experienceYears() == null || mentee.experienceYears() == null) {
            return Reason.of("experience", "matching.reason.experience.unknown", points(share, 0.5));
        }
        int lead = mentor.experienceYears() - mentee.experienceYears();
        if (lead <= 0) {
            return Reason.of("experience", "matching.reason.experience.noLead", 0);
        }
        return Reason.of(
                "experience",
                "matching.reason.experience.lead." + RussianText.pluralForm(lead),
                points(share, Math.min(1.0, (double) lead / FULL_LEAD)),
                lead);
    }

    private static Reason organization(Mentee mentee, Mentor mentor, double share) {
        if (mentor.organizationId() == mentee.organizationId()) {
            return Reason.of(
                    "organization", "matching.reason.organization.same", points(share, 1), mentor.organization());
        }
        return Reason.of("organization", "matching.reason.organization.network", 0, mentor.organization());
    }

    private static Reason capacity(Mentor mentor, int freePlaces, double share) {
        double fraction = mentor.capacity() <= 0 ? 0 : Math.max(0, (double) freePlaces / mentor.capacity());
        return Reason.of(
                "capacity",
                "matching.reason.capacity",
                points(share, Math.min(1.0, fraction)),
                Math.max(0, freePlaces),
                mentor.capacity());
    }

    private static Reason format(Mentee mentee, Mentor mentor, double share) {
        MentoringFormat wanted = mentee.preferredFormat();
        if (wanted == null) {
            return Reason.of("format", "matching.reason.format.any", points(share, 1));
        }
        Reason.Message name = new Reason.Message("bank.format." + wanted.name());
        boolean offered = mentor.formats().contains(wanted)
                || (wanted == MentoringFormat.MIXED
                        && mentor.formats().containsAll(Set.of(MentoringFormat.IN_PERSON, MentoringFormat.REMOTE)));
        return offered
                ? Reason.of("format", "matching.reason.format.same", points(share, 1), name)
                : Reason.of("format", "matching.reason.format.other", 0, name);
    }

    private static Reason compatibility(Verdict verdict, String comment, int weight) {
        int points =
                switch (verdict) {
                    case COMPATIBLE -> (weight + 3) / 4;
                    case RESERVATIONS -> -(weight + 1) / 2;
                    case INCOMPATIBLE -> -(70 + weight);
                };
        boolean commented = comment != null && !comment.isBlank();
        String code = "matching.reason.compatibility." + verdict.name() + (commented ? ".comment" : "");
        return commented
                ? Reason.of("compatibility", code, points, comment.strip())
                : Reason.of("compatibility", code, points);
    }

    private static int points(double share, double fraction) {
        return (int) Math.round(share * fraction);
    }

    private static String names(List<Long> ids, Map<Long, String> names) {
        return ids.stream()
                .map(id -> names.getOrDefault(id, "#" + id))
                .map(n -> n.length() > 1 && Character.isLowerCase(n.charAt(1))
                        ? Character.toLowerCase(n.charAt(0)) + n.substring(1)
                        : n)
                .collect(Collectors.joining(", "));
    }
}
