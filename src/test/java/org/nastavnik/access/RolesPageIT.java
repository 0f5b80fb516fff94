package org.nastavnik.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RolesPageIT {

    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Test
    void headFindsATeacherByNameGrantsARoleAndRevokesIt() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        String lastName = Fixtures.uniqueLastName("Paged");
        long teacher = newTeacher(school, lastName);
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);

        String page = head.get("/roles").body();
        assertThat(page).contains("value=\"CURATOR\"").doesNotContain("value=\"HEAD\"");
        assertThat(head.get("/roles/candidates?q=" + lastName).body()).contains("value=\"" + teacher + "\"");

        head.get("/roles");
        HttpResponse<String> granted =
                head.post("/roles", Map.of("personId", "" + teacher, "role", "MENTOR", "unitId", "" + school));
        assertThat(granted.statusCode()).isEqualTo(302);
        assertThat(granted.headers().firstValue("Location").orElseThrow()).endsWith("/roles?person=" + teacher);

        long assignment = rolesOf(teacher).get(0).path("id").asLong();
        assertThat(head.get("/roles?person=" + teacher).body()).contains("/roles/" + assignment + "/revoke");

        HttpResponse<String> revoked = head.post("/roles/" + assignment + "/revoke?person=" + teacher, Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(rolesOf(teacher).size()).isZero();
    }

    @Test
    void aRoleWithoutAUnitIsShownAsAFieldErrorAndNothingIsGranted() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        long teacher = newTeacher(school, Fixtures.uniqueLastName("NoUnit"));
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);
        head.get("/roles");

        HttpResponse<String> response = head.post("/roles", Map.of("personId", "" + teacher, "role", "MENTOR"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("invalid-feedback d-block");
        assertThat(rolesOf(teacher).size()).isZero();
    }

    @Test
    void headCreatesAnAccountTheTeacherSignsInAndDisablingEndsTheirSession() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        long teacher = newTeacher(school, Fixtures.uniqueLastName("Account"));
        String email = Fixtures.uniqueLastName("account") + "@school.test";
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);
        head.get("/roles?person=" + teacher);

        HttpResponse<String> created =
                head.post("/roles/account", Map.of("personId", "" + teacher, "email", email, "password", PASSWORD));
        assertThat(created.statusCode()).isEqualTo(302);

        WebSession newUser = WebSession.signIn(port, email, PASSWORD);
        assertThat(newUser.get("/account").statusCode()).isEqualTo(200);

        head.get("/roles?person=" + teacher);
        assertThat(head.post("/roles/account/" + teacher + "/disable", Map.of()).statusCode())
                .isEqualTo(302);

        HttpResponse<String> afterwards = newUser.get("/account");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void aWeakPasswordIsShownNextToTheFieldAndNoAccountIsCreated() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        long teacher = newTeacher(school, Fixtures.uniqueLastName("Weak"));
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);
        head.get("/roles?person=" + teacher);

        HttpResponse<String> response = head.post(
                "/roles/account",
                Map.of(
                        "personId",
                        "" + teacher,
                        "email",
                        Fixtures.uniqueLastName("w") + "@school.test",
                        "password",
                        "qwerty123"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("is-invalid").contains("roles/account");
        assertThat(head.get("/roles?person=" + teacher).body()).contains("name=\"password\"");
    }

    @Test
    void curatorHasNoRolesPage() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);

        assertThat(curator.get("/roles").statusCode()).isEqualTo(403);
        assertThat(curator.get("/").body()).doesNotContain("href=\"/roles\"");
    }

    private long newTeacher(long school, String lastName) {
        Api.Response created =
                Api.as(port, DemoAccounts.HEAD).post("/api/v1/people", Fixtures.youngTeacher(school, lastName));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private tools.jackson.databind.JsonNode rolesOf(long person) {
        return Api.as(port, DemoAccounts.HEAD)
                .get("/api/v1/people/" + person + "/roles")
                .json();
    }
}
