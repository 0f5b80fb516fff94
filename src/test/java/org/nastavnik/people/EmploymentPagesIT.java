package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nastavnik.people.PeopleFixtures.count;
import static org.nastavnik.people.PeopleFixtures.employment;
import static org.nastavnik.people.PeopleFixtures.firstEditableOrganization;
import static org.nastavnik.people.PeopleFixtures.teacher;
import static org.nastavnik.people.PeopleFixtures.uniqueSurname;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
class EmploymentPagesIT {

    private static final String EDIT_LINK = "/employments/\\d+/edit";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void curatorAddingAnEmploymentWithAFutureDateSeesTheErrorAndNothingIsSavedUntilFixed() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = teacher(curator, uniqueSurname("Dvoinikova"));
        long school = firstEditableOrganization(curator);
        String tomorrow = LocalDate.now().plusDays(1).toString();

        curator.get("/people/" + id + "/employments/new");
        HttpResponse<String> refused =
                curator.post("/people/" + id + "/employments/new", newEmployment(school, tomorrow));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid").contains(message("employment.date.future"));
        assertThat(count(curator.get("/people/" + id).body(), EDIT_LINK)).isEqualTo(1);

        HttpResponse<String> saved =
                curator.post("/people/" + id + "/employments/new", newEmployment(school, "2020-09-01"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(count(curator.get("/people/" + id).body(), EDIT_LINK)).isEqualTo(2);
    }

    @Test
    void mentorCategoryWithoutTheHighestCategoryIsRefusedBesideTheField() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = teacher(curator, uniqueSurname("Kategoriina"));
        Map<String, String> form = newEmployment(firstEditableOrganization(curator), "2020-09-01");
        form.put("mentorCategorySince", "2024-05-01");

        curator.get("/people/" + id + "/employments/new");
        HttpResponse<String> refused = curator.post("/people/" + id + "/employments/new", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains(message("employment.category.needsHighest"));
    }

    @Test
    void curatorEndsAnEmploymentButNotInTheFuture() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = teacher(curator, uniqueSurname("Uvolnyaeva"));
        String endPath = firstLink(curator.get("/people/" + id).body(), "/people/" + id + "/employments/\\d+/end");

        curator.get(endPath);
        HttpResponse<String> future = curator.post(
                endPath, Map.of("endedOn", LocalDate.now().plusDays(3).toString()));
        assertThat(future.body()).contains(message("employment.end.future"));

        HttpResponse<String> ended = curator.post(endPath, Map.of("endedOn", "2025-06-30"));
        assertThat(ended.statusCode()).isEqualTo(302);
        String card = curator.get("/people/" + id).body();
        assertThat(card).contains("30.06.2025").doesNotContain(endPath);
    }

    @Test
    void editingAnEmploymentThatSomebodyChangedMeanwhileShowsTheConflictAndKeepsTheirValues() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);
        long id = teacher(curator, uniqueSurname("Konfliktova"));
        long school = firstEditableOrganization(curator);
        String editPath = firstLink(curator.get("/people/" + id).body(), "/people/" + id + EDIT_LINK);
        curator.get(editPath);
        head.get(editPath);

        Map<String, String> byHead = new HashMap<>(employment(school, "2014-09-01"));
        byHead.put("version", "0");
        assertThat(head.post(editPath, byHead).statusCode()).isEqualTo(302);

        Map<String, String> byCurator = new HashMap<>(employment(school, "2010-09-01"));
        byCurator.put("version", "0");
        HttpResponse<String> conflict = curator.post(editPath, byCurator);

        assertThat(conflict.statusCode()).isEqualTo(200);
        assertThat(conflict.body()).contains(message("conflict"));
        assertThat(curator.get(editPath).body()).contains("value=\"2014-09-01\"");
    }

    @Test
    void curatorOfAnotherSchoolCannotOpenTheEmploymentPages() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        long id = teacher(curator, uniqueSurname("Chuzhaya"));
        String editPath = firstLink(curator.get("/people/" + id).body(), "/people/" + id + EDIT_LINK);

        assertThat(other.get("/people/" + id + "/employments/new").statusCode()).isEqualTo(404);
        assertThat(other.get(editPath).statusCode()).isEqualTo(404);
    }

    @Test
    void psychologistWithoutTheRightToEditPeopleIsForbiddenToAddAnEmployment() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession psychologist = WebSession.signIn(port, DemoAccounts.PSYCHOLOGIST);
        long id = teacher(curator, uniqueSurname("Psikhologova"));

        assertThat(psychologist.get("/people/" + id).body()).doesNotContain("/employments/new");
        assertThat(psychologist.get("/people/" + id + "/employments/new").statusCode())
                .isEqualTo(403);
    }

    private Map<String, String> newEmployment(long school, String pedagogicalSince) {
        Map<String, String> form = new HashMap<>(employment(school, pedagogicalSince));
        form.put("version", "0");
        return form;
    }

    private static String firstLink(String page, String regex) {
        Matcher link = Pattern.compile(regex).matcher(page);
        assertThat(link.find()).as(regex).isTrue();
        return link.group();
    }

    private String message(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
