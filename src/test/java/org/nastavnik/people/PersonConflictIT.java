package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nastavnik.people.PeopleFixtures.person;
import static org.nastavnik.people.PeopleFixtures.teacher;
import static org.nastavnik.people.PeopleFixtures.uniqueSurname;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.RussianText;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

@IntegrationTest
class PersonConflictIT {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void theSecondOfTwoUsersSavingTheSamePersonSeesTheConflictAndOverwritesNothing() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);
        String surname = uniqueSurname("Odnovremennaya");
        long id = teacher(curator, surname);
        String edit = "/people/" + id + "/edit";
        assertThat(curator.get(edit).body()).contains("name=\"version\" value=\"0\"");
        assertThat(head.get(edit).body()).contains("name=\"version\" value=\"0\"");

        HttpResponse<String> first = head.post(edit, with(surname, "Maria", "+7 900 111-22-33"));
        assertThat(first.statusCode()).isEqualTo(302);

        HttpResponse<String> second = curator.post(edit, with(surname, "Olga", "+7 900 999-88-77"));

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body())
                .contains(messages.getMessage("people.conflict", null, RussianText.RU))
                .contains("+7 900 111-22-33");
        String card = curator.get("/people/" + id).body();
        assertThat(card)
                .contains(surname + " Maria")
                .contains("+7 900 111-22-33")
                .doesNotContain("Olga");
    }

    private static Map<String, String> with(String surname, String firstName, String phone) {
        Map<String, String> form = new HashMap<>(person(surname));
        form.put("firstName", firstName);
        form.put("phone", phone);
        return form;
    }
}
