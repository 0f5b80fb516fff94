package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PeopleApiIT {

    @LocalServerPort
    int port;

    @Test
    void anonymousCallerGets401AsProblemDetails() {
        Api.Response response = Api.anonymous(port).get("/api/v1/people");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.json().path("title").asString()).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void curatorListsOnlyPeopleOfOwnSchool() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);

        JsonNode page = Api.as(port, DemoAccounts.CURATOR)
                .get("/api/v1/people?size=100")
                .json();

        assertThat(page.path("content").size()).isGreaterThan(5);
        assertThat(page.path("page").path("totalElements").asLong()).isGreaterThan(5);
        for (JsonNode row : page.path("content")) {
            assertThat(row.path("organizationId").asLong()).isEqualTo(school);
        }
    }

    @Test
    void curatorOfAnotherSchoolGets404ForAPersonOfSchool5() {
        long personOfSchool5 = Api.as(port, DemoAccounts.CURATOR)
                .get("/api/v1/people?size=1")
                .json()
                .path("content")
                .get(0)
                .path("id")
                .asLong();

        assertThat(Api.as(port, DemoAccounts.CURATOR)
                        .get("/api/v1/people/" + personOfSchool5)
                        .status())
                .isEqualTo(200);
        Api.Response other =
                Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL).get("/api/v1/people/" + personOfSchool5);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.text()).doesNotContain("lastName").doesNotContain("Exception");
    }

    @Test
    void invalidPersonIsRefusedWith400AndRussianMessagesPerField() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        Map<String, Object> person = new LinkedHashMap<>(Fixtures.youngTeacher(school, "X"));
        person.put("lastName", "");
        person.put("email", "not-an-email");
        person.put("snils", "123");

        Api.Response response = Api.as(port, DemoAccounts.CURATOR).post("/api/v1/people", person);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldMessage("lastName")).containsPattern("\\p{IsCyrillic}");
        assertThat(response.fieldMessage("email")).containsPattern("\\p{IsCyrillic}");
        assertThat(response.fieldMessage("snils")).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void rulesSpanningFieldsAreReportedAs400AndNothingIsSaved() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String lastName = Fixtures.uniqueLastName("Rules");
        Map<String, Object> person = new LinkedHashMap<>(Fixtures.youngTeacher(school, lastName));
        person.put("birthDate", "2001-03-15");
        person.put("pedagogicalSince", "2005-09-01");

        Api.Response response = Api.as(port, DemoAccounts.CURATOR).post("/api/v1/people", person);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldMessage("pedagogicalSince")).containsPattern("\\p{IsCyrillic}");
        assertThat(Api.as(port, DemoAccounts.CURATOR)
                        .get("/api/v1/people?q=" + lastName)
                        .json()
                        .path("content")
                        .size())
                .isZero();
    }

    @Test
    void malformedJsonIs400WithARussianTitleAndNoStackTrace() {
        Api.Response response = Api.as(port, DemoAccounts.CURATOR).call("POST", "/api/v1/people", "{\"lastName\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("title").asString()).containsPattern("\\p{IsCyrillic}");
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblemsToo() {
        Api curator = Api.as(port, DemoAccounts.CURATOR);

        Api.Response unknown = curator.get("/api/v1/nothing-here");
        Api.Response wrongMethod = curator.delete("/api/v1/people");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.json().path("title").asString()).containsPattern("\\p{IsCyrillic}");
        assertThat(wrongMethod.raw().headers().firstValue("Allow")).isPresent();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        Map<String, Object> person = new LinkedHashMap<>(Fixtures.youngTeacher(school, "Typo"));
        person.put("birthDate", "15.03.2001x");

        Api.Response response = Api.as(port, DemoAccounts.CURATOR).post("/api/v1/people", person);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldMessage("birthDate")).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void secondPersonWithTheSameEmailIs409WithTheExistingId() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String lastName = Fixtures.uniqueLastName("Dup");
        Api curator = Api.as(port, DemoAccounts.CURATOR);
        Api.Response created = curator.post("/api/v1/people", Fixtures.youngTeacher(school, lastName));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).isPresent();

        Map<String, Object> again = new LinkedHashMap<>(Fixtures.youngTeacher(school, lastName + "other"));
        again.put("email", lastName.toLowerCase() + "@school.test");
        Api.Response duplicate = curator.post("/api/v1/people", again);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("existingId").asLong())
                .isEqualTo(created.json().path("id").asLong());
        assertThat(duplicate.fieldMessage("email")).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void changeWithAStaleVersionIs409AndKeepsTheFirstChange() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String lastName = Fixtures.uniqueLastName("Stale");
        Api curator = Api.as(port, DemoAccounts.CURATOR);
        JsonNode created = curator.post("/api/v1/people", Fixtures.youngTeacher(school, lastName))
                .json();
        long id = created.path("id").asLong();
        long version = created.path("version").asLong();

        Map<String, Object> first = new LinkedHashMap<>(Fixtures.youngTeacher(school, lastName));
        first.put("phone", "+7 900 111-22-33");
        first.put("version", version);
        Api.Response saved = curator.put("/api/v1/people/" + id, first);
        assertThat(saved.status()).isEqualTo(200);

        Map<String, Object> second = new LinkedHashMap<>(first);
        second.put("phone", "+7 900 999-99-99");
        Api.Response stale = curator.put("/api/v1/people/" + id, second);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(curator.get("/api/v1/people/" + id)
                        .json()
                        .path("data")
                        .path("phone")
                        .asString())
                .isEqualTo("+7 900 111-22-33");
    }

    @Test
    void changeWithoutAVersionIs400() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String lastName = Fixtures.uniqueLastName("NoVersion");
        Api curator = Api.as(port, DemoAccounts.CURATOR);
        long id = curator.post("/api/v1/people", Fixtures.youngTeacher(school, lastName))
                .json()
                .path("id")
                .asLong();

        Api.Response response = curator.put("/api/v1/people/" + id, Fixtures.youngTeacher(school, lastName));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldMessage("version")).isNotNull();
    }
}
