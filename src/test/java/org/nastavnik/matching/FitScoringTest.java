package org.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nastavnik.bank.MatchFacts.Mentee;
import org.nastavnik.bank.MatchFacts.Mentor;
import org.nastavnik.bank.MenteeCategory;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfileStatus;
import org.springframework.context.support.ResourceBundleMessageSource;

class FitScoringTest {

    static final String MUNICIPALITY = "/1/2/";
    static final long MATH = 1;
    static final long PHYSICS = 2;
    static final long METHODS = 100; // a competency covering deficits 11 and 12
    static final long SUPPORT = 101; // covering deficit 13

    static final FitScoring.Context CONTEXT = new FitScoring.Context(
            MatchWeights.DEFAULT,
            Map.of(METHODS, Set.of(11L, 12L), SUPPORT, Set.of(13L)),
            Map.of(11L, "Трудные темы предмета", 12L, "Активные методы обучения", 13L, "Эмоциональная устойчивость"),
            Map.of(MATH, "Математика", PHYSICS, "Физика"));

    static final MatchingText TEXT = new MatchingText(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static Mentee mentee(long id, long organization, Map<Long, Integer> deficits, Integer years) {
        Map<Long, Long> areas = new LinkedHashMap<>();
        deficits.keySet().forEach(d -> areas.put(d, 1000 + d));
        return new Mentee(
                id,
                id + 500,
                "Mentee " + id,
                organization,
                "School " + organization,
                MUNICIPALITY + organization + "/",
                MenteeCategory.YOUNG_SPECIALIST,
                List.of(MATH),
                deficits,
                areas,
                MentoringFormat.REMOTE,
                true,
                ProfileStatus.ACTIVE,
                years,
                LocalDate.of(2025, 9, 1));
    }

    static Mentor mentor(
            long id, long organization, List<Long> subjects, List<Long> competencies, Integer years, boolean network) {
        return new Mentor(
                id,
                id + 900,
                "Mentor " + id,
                organization,
                "School " + organization,
                MUNICIPALITY + organization + "/",
                subjects,
                competencies,
                3,
                network,
                Set.of(MentoringFormat.IN_PERSON, MentoringFormat.REMOTE),
                true,
                ProfileStatus.ACTIVE,
                years);
    }

    @Test
    void aMentorOfTheSameSubjectCoveringTheStrongestDeficitsScoresHighWithReasonsInRussian() {
        Mentee mentee = mentee(1, 5, Map.of(11L, 3, 12L, 1, 13L, 1), 1);
        Mentor mentor = mentor(10, 5, List.of(MATH), List.of(METHODS), 13, false);

        FitScoring.Fit fit = FitScoring.score(mentee, mentor, 2, null, null, CONTEXT);

        // subject 25 + deficits 35·4/5 = 28 + experience 15·(12/10 → 1) = 15 + organization 10
        // + capacity 5·2/3 = 3 + format 10 = 91
        assertThat(fit.score()).isEqualTo(91);
        assertThat(TEXT.render(fit.reasons()))
                .extracting(Reason::text)
                .containsExactly(
                        "Тот же предмет: математика (+25)",
                        "Закрывает 2 из 3 затруднений: трудные темы предмета, активные методы обучения (+28)",
                        "Стаж больше на 12 лет (+15)",
                        "Та же организация: School 5 (+10)",
                        "Свободно мест: 2 из 3 (+3)",
                        "Формат: дистанционно (+10)");
    }

    @Test
    void deficitsCountByTheirLevel() {
        Mentee mentee = mentee(1, 5, Map.of(11L, 3, 13L, 1), 1);
        Mentor strongOne = mentor(10, 5, List.of(MATH), List.of(METHODS), 13, false);
        Mentor weakOne = mentor(11, 5, List.of(MATH), List.of(SUPPORT), 13, false);

        int strong = FitScoring.score(mentee, strongOne, 3, null, null, CONTEXT)
                .reasons()
                .get(1)
                .points();
        int weak = FitScoring.score(mentee, weakOne, 3, null, null, CONTEXT)
                .reasons()
                .get(1)
                .points();

        assertThat(strong).isEqualTo(26); // 35 · 3/4
        assertThat(weak).isEqualTo(9); // 35 · 1/4
    }

    @Test
    void unknownExperienceIsNeutralAndSaysSoAndNetworkMentoringGivesNoOrganizationPoints() {
        Mentee mentee = mentee(1, 5, Map.of(), null);
        Mentor mentor = mentor(10, 7, List.of(PHYSICS), List.of(), 20, true);

        List<Reason> reasons = TEXT.render(
                FitScoring.score(mentee, mentor, 3, null, null, CONTEXT).reasons());

        assertThat(reasons)
                .extracting(Reason::text)
                .contains(
                        "Предметы не совпадают (+0)",
                        "Затруднения наставляемого не отмечены: нейтрально (+18)",
                        "Стаж неизвестен: нейтрально (+8)",
                        "Сетевое наставничество: другая организация (School 7) (+0)");
    }

    @Test
    void thePsychologistsNoteMovesTheScoreAndIncompatibleFallsWellBelowButStays() {
        Mentee mentee = mentee(1, 5, Map.of(11L, 2), 1);
        Mentor mentor = mentor(10, 5, List.of(MATH), List.of(METHODS), 13, false);
        Mentor weaker = mentor(11, 5, List.of(PHYSICS), List.of(), 2, false);

        int plain = FitScoring.score(mentee, mentor, 3, null, null, CONTEXT).score();
        FitScoring.Fit compatible = FitScoring.score(mentee, mentor, 3, Verdict.COMPATIBLE, null, CONTEXT);
        FitScoring.Fit reservations =
                FitScoring.score(mentee, mentor, 3, Verdict.RESERVATIONS, "редко бывает в школе", CONTEXT);
        FitScoring.Fit incompatible = FitScoring.score(mentee, mentor, 3, Verdict.INCOMPATIBLE, null, CONTEXT);
        int weakerScore =
                FitScoring.score(mentee, weaker, 3, null, null, CONTEXT).score();

        assertThat(plain).isEqualTo(100);
        assertThat(compatible.score()).isEqualTo(100);
        assertThat(reservations.score()).isEqualTo(90);
        assertThat(incompatible.score()).isEqualTo(10);
        assertThat(incompatible.score()).isLessThan(weakerScore);
        assertThat(TEXT.render(reservations.reasons()).get(6).text())
                .isEqualTo("Психолог: совместимы с оговорками — редко бывает в школе (\u221210)");
        assertThat(FitScoring.exclusions(mentee, mentor, 3, MUNICIPALITY)).isEmpty();
    }

    @Test
    void hardRulesEachWithTheirOwnReason() {
        Mentee mentee = mentee(1, 5, Map.of(11L, 2), 1);
        Mentor self = new Mentor(
                10,
                mentee.personId(),
                "Self",
                5,
                "School 5",
                MUNICIPALITY + "5/",
                List.of(),
                List.of(),
                2,
                false,
                Set.of(MentoringFormat.IN_PERSON),
                false,
                ProfileStatus.PAUSED,
                null);
        Mentor otherSchool = mentor(11, 7, List.of(MATH), List.of(), 10, false);
        Mentor otherMunicipality = new Mentor(
                12,
                912,
                "Far",
                9,
                "Far school",
                "/1/3/9/",
                List.of(),
                List.of(),
                2,
                true,
                Set.of(MentoringFormat.IN_PERSON),
                true,
                ProfileStatus.ACTIVE,
                null);

        assertThat(FitScoring.exclusions(mentee, self, 0, MUNICIPALITY))
                .containsExactly(HardRule.SELF, HardRule.NOT_ACTIVE, HardRule.NO_CONSENT, HardRule.NO_FREE_PLACES);
        assertThat(FitScoring.exclusions(mentee, otherSchool, 2, MUNICIPALITY))
                .containsExactly(HardRule.OTHER_ORGANIZATION);
        assertThat(FitScoring.exclusions(mentee, otherMunicipality, 2, MUNICIPALITY))
                .containsExactly(HardRule.OUTSIDE_SCOPE);
        assertThat(TEXT.text(HardRule.NO_FREE_PLACES)).isEqualTo("Нет свободных мест");
    }

    @Test
    void weightsAreCheckedAllAtOnce() {
        Map<String, Integer> entered = new LinkedHashMap<>(MatchWeights.DEFAULT.byField());
        entered.put("subject", 101);
        entered.put("format", null);
        assertThat(MatchWeights.check(entered))
                .extracting(org.nastavnik.common.Violation::field)
                .containsExactly("subject", "format");
        Map<String, Integer> zero = new LinkedHashMap<>();
        MatchWeights.DEFAULT.byField().keySet().forEach(k -> zero.put(k, 0));
        assertThat(MatchWeights.check(zero))
                .extracting(org.nastavnik.common.Violation::code)
                .containsExactly("matching.weights.allZero");
        assertThat(MatchWeights.check(MatchWeights.DEFAULT.byField())).isEmpty();
    }

    @Test
    void spreadAMentorWithOnePlaceIsTheTopChoiceOfOnlyOneMentee() {
        // three mentees who all fit mentor 10 best; mentor 10 has one free place, 11 and 12 one each
        List<Mentee> mentees = List.of(
                mentee(1, 5, Map.of(11L, 3), 1), mentee(2, 5, Map.of(11L, 2), 1), mentee(3, 5, Map.of(11L, 1), 1));
        List<Mentor> mentors = List.of(
                mentor(10, 5, List.of(MATH), List.of(METHODS), 20, false),
                mentor(11, 5, List.of(PHYSICS), List.of(METHODS), 20, false),
                mentor(12, 5, List.of(PHYSICS), List.of(), 2, false));
        Map<Long, Integer> free = Map.of(10L, 1, 11L, 1, 12L, 1);

        MatchGraph graph = MatchGraph.build(mentees, mentors, free, Map.of(), m -> MUNICIPALITY, CONTEXT);
        Assignment.Result tops = graph.optimal();

        for (Mentee m : mentees) {
            assertThat(graph.of(m.profileId()).get(0).mentor().profileId()).isEqualTo(10L);
        }
        assertThat(tops.mentorOf().values()).containsExactlyInAnyOrder(10L, 11L, 12L);
        assertThat(tops.loads().values()).allSatisfy(load -> assertThat(load).isEqualTo(1));
    }
}
