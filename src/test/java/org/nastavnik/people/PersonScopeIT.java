package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PersonScopeIT {

    @LocalServerPort
    int port;

    @Test
    void curatorSeesOwnSchoolAndGets404ForAnotherSchoolsPerson() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        WebSession otherCurator = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);

        String list = curator.get("/people").body();
        Matcher firstPerson = Pattern.compile("href=\"/people/(\\d+)\"").matcher(list);
        assertThat(firstPerson.find()).isTrue();
        String personPath = "/people/" + firstPerson.group(1);

        assertThat(curator.get(personPath).statusCode()).isEqualTo(200);
        assertThat(otherCurator.get(personPath).statusCode()).isEqualTo(404);
        assertThat(otherCurator.get(personPath).body()).doesNotContain("Exception");
    }

    @Test
    void anonymousVisitorIsSentToSignIn() {
        var response = WebSession.anonymous(port).get("/people");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
