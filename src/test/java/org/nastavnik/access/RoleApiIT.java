package org.nastavnik.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RoleApiIT {

    private static final String PASSWORD = "a long enough passphrase";

    @LocalServerPort
    int port;

    @Test
    void headGrantingTheirOwnRankIsForbidden() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        long teacher = newTeacher(school);

        Api.Response response = Api.as(port, DemoAccounts.HEAD)
                .post("/api/v1/role-assignments", Map.of("personId", teacher, "role", "HEAD", "unitId", school));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void curatorMayNotGrantAnyRole() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        long teacher = newTeacher(school);

        Api.Response response = Api.as(port, DemoAccounts.CURATOR)
                .post("/api/v1/role-assignments", Map.of("personId", teacher, "role", "MENTOR", "unitId", school));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void rolesOfAPersonOutsideTheCallersScopeAreNotFound() {
        long teacher = newTeacher(Fixtures.ownOrganization(port, DemoAccounts.HEAD));

        assertThat(Api.as(port, DemoAccounts.HEAD)
                        .get("/api/v1/people/" + teacher + "/roles")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/api/v1/people/" + teacher + "/roles")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void coordinatorMayMakeATeacherAMentorInAnotherSchoolOfTheMunicipality() {
        long teacher = newTeacher(Fixtures.ownOrganization(port, DemoAccounts.HEAD));
        long otherSchool = Fixtures.ownOrganization(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);

        Api.Response response = Api.as(port, DemoAccounts.COORDINATOR)
                .post("/api/v1/role-assignments", Map.of("personId", teacher, "role", "MENTOR", "unitId", otherSchool));

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void roleAtAUnitOfTheWrongLevelIs422() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        long teacher = newTeacher(school);
        long municipality = Api.as(port, DemoAccounts.COORDINATOR)
                .get("/api/v1/units")
                .json()
                .get(0)
                .path("id")
                .asLong();

        Api.Response response = Api.as(port, DemoAccounts.COORDINATOR)
                .post("/api/v1/role-assignments", Map.of("personId", teacher, "role", "HEAD", "unitId", municipality));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.fieldMessage("unitId")).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void roleGrantedWithinRightsLetsTheGranteeSignInAndRevokingEndsIt() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        long teacher = newTeacher(school);
        String email = Fixtures.uniqueLastName("grantee") + "@school.test";
        Api head = Api.as(port, DemoAccounts.HEAD);
        Api grantee = Api.as(port, email, PASSWORD);

        assertThat(head.post("/api/v1/people/" + teacher + "/account", Map.of("email", email, "password", PASSWORD))
                        .status())
                .isEqualTo(201);
        assertThat(visibleTo(grantee))
                .as("without a role a user sees only themself")
                .isEqualTo(1);

        Api.Response granted =
                head.post("/api/v1/role-assignments", Map.of("personId", teacher, "role", "CURATOR", "unitId", school));

        assertThat(granted.status()).isEqualTo(201);
        assertThat(visibleTo(grantee)).as("a curator sees the school").isGreaterThan(1);
        assertThat(head.get("/api/v1/people/" + teacher + "/roles")
                        .json()
                        .get(0)
                        .path("role")
                        .asString())
                .isEqualTo("CURATOR");

        long assignment = granted.json().path("id").asLong();
        assertThat(head.delete("/api/v1/role-assignments/" + assignment).status())
                .isEqualTo(204);
        assertThat(visibleTo(grantee))
                .as("without a role a user sees only themself")
                .isEqualTo(1);
        assertThat(head.delete("/api/v1/role-assignments/" + assignment).status())
                .isEqualTo(404);
    }

    @Test
    void aWeakInitialPasswordIsRefusedWithItsReason() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        long teacher = newTeacher(school);

        Api.Response response = Api.as(port, DemoAccounts.HEAD)
                .post(
                        "/api/v1/people/" + teacher + "/account",
                        Map.of("email", Fixtures.uniqueLastName("weak") + "@school.test", "password", "short"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.fieldMessage("password")).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void disabledAccountCannotSignIn() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        long teacher = newTeacher(school);
        String email = Fixtures.uniqueLastName("disabled") + "@school.test";
        Api head = Api.as(port, DemoAccounts.HEAD);
        head.post("/api/v1/people/" + teacher + "/account", Map.of("email", email, "password", PASSWORD));
        head.post("/api/v1/role-assignments", Map.of("personId", teacher, "role", "MENTOR", "unitId", school));
        assertThat(Api.as(port, email, PASSWORD).get("/api/v1/people").status()).isEqualTo(200);

        assertThat(head.post("/api/v1/people/" + teacher + "/account/disable", null)
                        .status())
                .isEqualTo(204);

        assertThat(Api.as(port, email, PASSWORD).get("/api/v1/people").status()).isEqualTo(401);
    }

    private long newTeacher(long school) {
        Api.Response created = Api.as(port, DemoAccounts.HEAD)
                .post("/api/v1/people", Fixtures.youngTeacher(school, Fixtures.uniqueLastName("Teacher")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static long visibleTo(Api user) {
        Api.Response list = user.get("/api/v1/people");
        assertThat(list.status()).isEqualTo(200);
        return list.json().path("page").path("totalElements").asLong();
    }
}
