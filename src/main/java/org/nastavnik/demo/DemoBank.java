package org.nastavnik.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.nastavnik.bank.ContestDecision;
import org.nastavnik.bank.ContestLevel;
import org.nastavnik.bank.DeficitSource;
import org.nastavnik.bank.MenteeCategory;
import org.nastavnik.bank.MenteeData;
import org.nastavnik.bank.MenteeData.DeficitMark;
import org.nastavnik.bank.MenteeService;
import org.nastavnik.bank.MentorData;
import org.nastavnik.bank.MentorService;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfileStatus;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.catalog.CatalogService;
import org.nastavnik.people.PeopleService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo region's banks: experienced staff as mentors and young teachers as mentees with their
 * deficits, a part of them not yet confirmed this academic year, and the municipal contest of
 * school No. 5's municipality under way (one of its selected mentors nominated to the region). School No. 5 has more mentees (also teachers new to it or
 * with difficulties), whose strongest deficits share two areas, and the other organizations of its
 * municipality more mentors open to network mentoring, so that matching proposes pairs and groups.
 * The mentees entered the banks on different days, a part of them more than two weeks ago.
 */
@Component
class DemoBank {

    /** A member of staff as the demo created them. */
    record Staff(
            long personId,
            long organizationId,
            List<Long> subjects,
            boolean young,
            boolean teacher,
            boolean experienced,
            boolean account) {}

    private static final int PER_ORGANIZATION = 3;
    private static final int NETWORK_MENTORS = 4;
    private static final int SCHOOL5_MENTEES = 8;
    private static final MenteeCategory[] OTHER_CATEGORIES = {
        MenteeCategory.NEW_IN_ORGANIZATION,
        MenteeCategory.DIGITAL_SKILLS,
        MenteeCategory.OTHER_DIFFICULTIES,
        MenteeCategory.AFTER_BREAK
    };

    private final MentorService mentors;
    private final MenteeService mentees;
    private final CatalogService catalog;
    private final JdbcClient jdbc;
    private final PeopleService people;

    DemoBank(
            MentorService mentors,
            MenteeService mentees,
            CatalogService catalog,
            JdbcClient jdbc,
            PeopleService people) {
        this.mentors = mentors;
        this.mentees = mentees;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.people = people;
    }

    /**
     * Fills the banks; {@code nominating} is the organization whose mentors go to the contest (school
     * No. 5), {@code network} the other organizations of its municipality.
     */
    void fill(List<Staff> staff, long nominating, Set<Long> network, Random random) {
        Map<String, String> texts = new LinkedHashMap<>();
        DemoRegion.rows("demo/bank.tsv").forEach(line -> texts.put(line[0], line[1]));
        List<Long> competencies = ids(CatalogKind.COMPETENCY);
        List<Long> deficits = ids(CatalogKind.DEFICIT);
        List<List<Long>> focus = focusAreas();
        LocalDate consent = DemoRegion.REFERENCE_DATE.minusDays(10);
        Map<Long, Integer> mentorsOf = new LinkedHashMap<>();
        Map<Long, Integer> menteesOf = new LinkedHashMap<>();
        List<Long> created = new ArrayList<>();
        List<Long> nominees = new ArrayList<>();
        List<Long> menteeIds = new ArrayList<>();
        int school5Mentees = 0;
        for (Staff s : staff) {
            boolean inNetwork = network.contains(s.organizationId());
            int mentorsHere = inNetwork ? NETWORK_MENTORS : PER_ORGANIZATION;
            boolean school5 = s.organizationId() == nominating;
            if (s.experienced()
                    && (s.account() || mentorsOf.merge(s.organizationId(), 1, Integer::sum) <= mentorsHere)) {
                Set<MentoringFormat> formats = random.nextBoolean()
                        ? EnumSet.of(MentoringFormat.IN_PERSON)
                        : EnumSet.of(MentoringFormat.IN_PERSON, MentoringFormat.REMOTE);
                long id = mentors.create(
                        s.personId(),
                        s.organizationId(),
                        new MentorData(
                                pick(competencies, 1 + random.nextInt(3), random),
                                null,
                                s.subjects(),
                                2 + random.nextInt(2),
                                random.nextInt(100) < (inNetwork ? 75 : 30),
                                formats,
                                consent,
                                texts.get("consent") + " " + (1 + random.nextInt(90)),
                                ProfileStatus.ACTIVE));
                created.add(id);
                if (s.organizationId() == nominating) {
                    nominees.add(id);
                }
            } else if (s.young()
                            && (s.account()
                                    || menteesOf.merge(s.organizationId(), 1, Integer::sum)
                                            <= (school5 ? SCHOOL5_MENTEES : PER_ORGANIZATION))
                    || school5 && s.teacher() && !s.experienced() && school5Mentees < SCHOOL5_MENTEES) {
                List<DeficitMark> marks = school5
                        ? sharedDeficits(focus.get(school5Mentees % focus.size()), deficits, random)
                        : pick(deficits, 2 + random.nextInt(3), random).stream()
                                .map(d -> new DeficitMark(
                                        d, DeficitSource.values()[random.nextInt(3)], 1 + random.nextInt(3)))
                                .toList();
                MenteeCategory category = s.young()
                        ? MenteeCategory.YOUNG_SPECIALIST
                        : OTHER_CATEGORIES[random.nextInt(OTHER_CATEGORIES.length)];
                if (school5) {
                    school5Mentees++;
                }
                menteeIds.add(mentees.create(
                        s.personId(),
                        s.organizationId(),
                        new MenteeData(
                                category,
                                null,
                                MentoringFormat.IN_PERSON,
                                consent,
                                texts.get("consent") + " " + (1 + random.nextInt(90)),
                                ProfileStatus.ACTIVE,
                                marks),
                        false));
            }
        }
        // the first two are selected into the municipal bank, the first of them is nominated to the
        // region and waits for the regional commission; the others wait for the municipal one
        for (int i = 0; i < nominees.size(); i++) {
            mentors.nominate(nominees.get(i), ContestLevel.MUNICIPAL);
            if (i < 2) {
                mentors.decide(
                        nominees.get(i),
                        ContestLevel.MUNICIPAL,
                        new ContestDecision(true, texts.get("protocol"), people.today(), texts.get("comment")));
            }
            if (i == 0) {
                mentors.nominate(nominees.get(i), ContestLevel.REGION);
            }
        }
        // a third of the banks was last confirmed in the previous academic year
        int previous = DemoRegion.REFERENCE_DATE.getYear() - 1;
        for (String table : List.of("mentor_profile", "mentee_profile")) {
            jdbc.sql("update " + table + " set confirmed_year = ? where id % 3 = 0")
                    .param(previous)
                    .update();
        }
        enteredOnDifferentDays(menteeIds, random);
    }

    /**
     * Every third mentee entered the bank 15 to 30 days ago (so the list of those waiting for a pair
     * flags them), the others 3 to 13 days ago.
     */
    private void enteredOnDifferentDays(List<Long> menteeIds, Random random) {
        Integer[] days = new Integer[menteeIds.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = i % 3 == 0 ? 15 + random.nextInt(16) : 3 + random.nextInt(11);
        }
        jdbc.sql("update mentee_profile b set status_since = ?::date - d.days,"
                        + " created_at = (?::date - d.days) + time '10:00'"
                        + " from unnest(?::bigint[], ?::int[]) as d(id, days) where b.id = d.id")
                .params(people.today(), people.today(), menteeIds.toArray(Long[]::new), days)
                .update();
    }

    /** Two deficit areas of the catalog with two deficits at least: school No. 5's common troubles. */
    private List<List<Long>> focusAreas() {
        Map<Long, List<Long>> byArea = new LinkedHashMap<>();
        catalog.active(CatalogKind.DEFICIT).stream()
                .filter(e -> e.groupId() != null)
                .forEach(e -> byArea.computeIfAbsent(e.groupId(), k -> new ArrayList<>())
                        .add(e.id()));
        List<List<Long>> areas =
                byArea.values().stream().filter(l -> l.size() > 1).limit(2).toList();
        return areas.isEmpty() ? List.of(ids(CatalogKind.DEFICIT)) : areas;
    }

    /** The strongest deficit (level 3) from the area, one or two weaker ones from anywhere. */
    private static List<DeficitMark> sharedDeficits(List<Long> area, List<Long> all, Random random) {
        List<DeficitMark> marks = new ArrayList<>();
        long strongest = area.get(random.nextInt(area.size()));
        marks.add(new DeficitMark(strongest, DeficitSource.SELF_ASSESSMENT, 3));
        List<Long> others = new ArrayList<>(all);
        others.remove(strongest);
        pick(others, 1 + random.nextInt(2), random)
                .forEach(d -> marks.add(
                        new DeficitMark(d, DeficitSource.values()[random.nextInt(3)], 1 + random.nextInt(2))));
        return marks;
    }

    private List<Long> ids(CatalogKind kind) {
        return catalog.active(kind).stream().map(CatalogEntryView::id).toList();
    }

    private static List<Long> pick(List<Long> from, int count, Random random) {
        List<Long> left = new ArrayList<>(from);
        List<Long> picked = new ArrayList<>();
        for (int i = 0; i < count && !left.isEmpty(); i++) {
            picked.add(left.remove(random.nextInt(left.size())));
        }
        return picked;
    }
}
