package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nastavnik.people.PeopleFixtures.firstEditableOrganization;
import static org.nastavnik.people.PeopleFixtures.idFrom;
import static org.nastavnik.people.PeopleFixtures.person;
import static org.nastavnik.people.PeopleFixtures.uniqueSurname;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.RussianText;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

@IntegrationTest
class ParticipantIT {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void aPupilWithNoEmploymentOrEmailIsFoundByThoseWhoSeeTheSchoolOnly() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        WebSession otherCurator = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        String surname = uniqueSurname("Uchenikova");
        long school = firstEditableOrganization(curator);

        Map<String, String> pupil = new HashMap<>(pupil(school, "7 \u0431"));
        pupil.put("email", "");

        long id = newParticipant(curator, surname, pupil);

        assertThat(curator.get("/people/" + id).body())
                .contains(message("participantKind.PUPIL"))
                .contains("7\u0411");
        assertThat(curator.get("/people?q=" + surname).body()).contains("/people/" + id + "\"");
        assertThat(coordinator.get("/people?q=" + surname).body()).contains("/people/" + id + "\"");
        assertThat(curator.get("/people?q=" + surname + "&org=" + school).body())
                .contains("/people/" + id + "\"");
        assertThat(otherCurator.get("/people?q=" + surname).body()).doesNotContain("/people/" + id + "\"");
        assertThat(otherCurator.get("/people/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void filtersAboutEmploymentLeaveOutPeopleWhoOnlyParticipate() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String surname = uniqueSurname("Filtrova");
        long id = newParticipant(curator, surname, pupil(firstEditableOrganization(curator), "9"));

        assertThat(curator.get("/people?q=" + surname + "&position=1").body()).doesNotContain("/people/" + id + "\"");
        assertThat(curator.get("/people?q=" + surname + "&category=MENTOR").body())
                .doesNotContain("/people/" + id + "\"");
    }

    @Test
    void aTeacherOfAnotherSchoolBecomesVisibleHereThroughAParticipation() {
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school5 = firstEditableOrganization(curator);
        long school12 = firstEditableOrganization(WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL));
        Map<String, String> teacher = new HashMap<>(person(uniqueSurname("Setevaya")));
        teacher.putAll(PeopleFixtures.employment(school12, "2012-09-01"));
        coordinator.get("/people/new");
        long id = idFrom(coordinator.post("/people/new", teacher));
        assertThat(curator.get("/people/" + id).statusCode()).isEqualTo(404);

        coordinator.get("/people/" + id + "/participants/new");
        Map<String, String> specialist = new HashMap<>(Map.of(
                "kind", "EMPLOYER_SPECIALIST",
                "organizationId", String.valueOf(school5),
                "employer", "Zavod",
                "position", "Engineer",
                "version", "0"));
        HttpResponse<String> added = coordinator.post("/people/" + id + "/participants/new", specialist);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        assertThat(curator.get("/people/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void aStudentInTheSeventhCourseIsRefusedBesideTheFieldAndNobodyIsCreated() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String surname = uniqueSurname("Studentova");
        Map<String, String> form = new HashMap<>(person(surname));
        form.putAll(Map.of(
                "kind", "STUDENT",
                "organizationId", String.valueOf(firstEditableOrganization(curator)),
                "course", "7",
                "programme", "Pedagogy"));

        curator.get("/people/new-participant");
        HttpResponse<String> refused = curator.post("/people/new-participant", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(message("participant.course.range"));
        assertThat(curator.get("/people?q=" + surname).body()).contains(message("people.nothingFound"));
    }

    @Test
    void anEndedParticipationLeavesTheListButTheCardStaysInScope() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        String surname = uniqueSurname("Vypusknikova");
        long id = newParticipant(curator, surname, graduate(firstEditableOrganization(curator), "2020"));
        String card = curator.get("/people/" + id).body();
        Matcher end =
                Pattern.compile("/people/" + id + "/participants/\\d+/end").matcher(card);
        assertThat(end.find()).isTrue();

        curator.get(end.group());
        assertThat(curator.post(end.group(), Map.of("endedOn", "2025-08-31")).statusCode())
                .isEqualTo(302);

        assertThat(curator.get("/people?q=" + surname).body()).doesNotContain("/people/" + id + "\"");
        assertThat(curator.get("/people/" + id).body()).contains("31.08.2025");
    }

    private static long newParticipant(WebSession curator, String surname, Map<String, String> participation) {
        Map<String, String> form = new HashMap<>(person(surname));
        form.putAll(participation);
        curator.get("/people/new-participant");
        HttpResponse<String> created = curator.post("/people/new-participant", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        return idFrom(created);
    }

    private static Map<String, String> pupil(long school, String className) {
        return Map.of("kind", "PUPIL", "organizationId", String.valueOf(school), "className", className);
    }

    private static Map<String, String> graduate(long school, String year) {
        return Map.of("kind", "GRADUATE", "organizationId", String.valueOf(school), "graduationYear", year);
    }

    private String message(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
