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
 * school No. 5's municipality under way.
 */
@Component
class DemoBank {

    /** A member of staff as the demo created them. */
    record Staff(
            long personId,
            long organizationId,
            List<Long> subjects,
            boolean young,
            boolean experienced,
            boolean account) {}

    private static final int PER_ORGANIZATION = 3;

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

    /** Fills the banks; {@code nominating} is the organization whose mentors go to the contest. */
    void fill(List<Staff> staff, long nominating, Random random) {
        Map<String, String> texts = new LinkedHashMap<>();
        DemoRegion.rows("demo/bank.tsv").forEach(line -> texts.put(line[0], line[1]));
        List<Long> competencies = ids(CatalogKind.COMPETENCY);
        List<Long> deficits = ids(CatalogKind.DEFICIT);
        LocalDate consent = DemoRegion.REFERENCE_DATE.minusDays(10);
        Map<Long, Integer> mentorsOf = new LinkedHashMap<>();
        Map<Long, Integer> menteesOf = new LinkedHashMap<>();
        List<Long> created = new ArrayList<>();
        List<Long> nominees = new ArrayList<>();
        for (Staff s : staff) {
            if (s.experienced()
                    && (s.account() || mentorsOf.merge(s.organizationId(), 1, Integer::sum) <= PER_ORGANIZATION)) {
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
                                random.nextInt(100) < 30,
                                formats,
                                consent,
                                texts.get("consent") + " " + (1 + random.nextInt(90)),
                                ProfileStatus.ACTIVE));
                created.add(id);
                if (s.organizationId() == nominating) {
                    nominees.add(id);
                }
            } else if (s.young()
                    && (s.account() || menteesOf.merge(s.organizationId(), 1, Integer::sum) <= PER_ORGANIZATION)) {
                List<DeficitMark> marks = pick(deficits, 2 + random.nextInt(3), random).stream()
                        .map(d -> new DeficitMark(d, DeficitSource.values()[random.nextInt(3)], 1 + random.nextInt(3)))
                        .toList();
                mentees.create(
                        s.personId(),
                        s.organizationId(),
                        new MenteeData(
                                MenteeCategory.YOUNG_SPECIALIST,
                                null,
                                MentoringFormat.IN_PERSON,
                                consent,
                                texts.get("consent") + " " + (1 + random.nextInt(90)),
                                ProfileStatus.ACTIVE,
                                marks),
                        false);
            }
        }
        for (int i = 0; i < nominees.size(); i++) {
            mentors.nominate(nominees.get(i));
            if (i == 0) {
                mentors.decide(
                        nominees.get(i),
                        new ContestDecision(true, texts.get("protocol"), people.today(), texts.get("comment")));
            }
        }
        // a third of the banks was last confirmed in the previous academic year
        int previous = DemoRegion.REFERENCE_DATE.getYear() - 1;
        for (String table : List.of("mentor_profile", "mentee_profile")) {
            jdbc.sql("update " + table + " set confirmed_year = ? where id % 3 = 0")
                    .param(previous)
                    .update();
        }
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
