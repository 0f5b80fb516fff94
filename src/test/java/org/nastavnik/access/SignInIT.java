package org.nastavnik.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.people.EmploymentData;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonData;
import org.nastavnik.people.Qualification;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.Totp;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SignInIT {

    @LocalServerPort
    int port;

    @Autowired
    AccessService access;

    @Autowired
    PeopleService people;

    @Autowired
    StructureService structure;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signedInPagesKeepTheSessionOfSomeoneAtWorkAliveAndAnEndedOneAnswersWithTheSignIn() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        assertThat(curator.get("/people").body())
                .contains("data-session-alive=\"/session/alive\"", "id=\"session-ended\"");
        assertThat(curator.get("/session/alive").statusCode()).isEqualTo(204);

        WebSession anonymous = WebSession.anonymous(port);
        assertThat(anonymous.get("/login").body()).doesNotContain("data-session-alive");
        HttpResponse<String> ended = anonymous.get("/session/alive");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String email = newAccount("lockme");
        for (int i = 0; i < 5; i++) {
            WebSession session = WebSession.anonymous(port);
            session.get("/login");
            var response = session.post("/login", Map.of("username", email, "password", "wrong-password-" + i));
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        WebSession session = WebSession.anonymous(port);
        session.get("/login");
        var response = session.post("/login", Map.of("username", email, "password", DemoAccounts.PASSWORD));
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
        assertThat(jdbc.sql("select outcome from signin_audit where username = ? order by id")
                        .param(email)
                        .query(String.class)
                        .list())
                .startsWith("BADCREDENTIALS")
                .contains("LOCKED");
    }

    @Test
    void anonymousVisitsWriteNoSessionRows() {
        long before = jdbc.sql("select count(*) from spring_session")
                .query(Long.class)
                .single();
        for (int i = 0; i < 5; i++) {
            WebSession visitor = WebSession.anonymous(port);
            HttpResponse<String> login = visitor.get("/login");
            assertThat(login.headers().allValues("Set-Cookie").toString()).doesNotContain("SESSION=");
            visitor.get("/people");
        }
        assertThat(jdbc.sql("select count(*) from spring_session")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void afterSignInTheUserLandsOnThePageTheyAskedFor() {
        WebSession session = WebSession.anonymous(port);
        session.get("/units");
        session.get("/login");
        var response =
                session.post("/login", Map.of("username", DemoAccounts.COORDINATOR, "password", DemoAccounts.PASSWORD));
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/units");
    }

    @Test
    void signInStartsANewSession() {
        WebSession session = WebSession.anonymous(port);
        HttpResponse<String> login = session.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        String before = login.headers().allValues("Set-Cookie").toString();
        HttpResponse<String> posted = session.post(
                "/login", Map.of("username", DemoAccounts.PSYCHOLOGIST, "password", DemoAccounts.PASSWORD));
        String after = posted.headers().allValues("Set-Cookie").toString();
        assertThat(after).contains("SESSION=");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void administratorMustEnrollAndPassTheSecondFactor() {
        WebSession admin = WebSession.anonymous(port);
        admin.get("/login");
        var signIn = admin.post("/login", Map.of("username", DemoAccounts.ADMIN, "password", DemoAccounts.PASSWORD));
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor");

        var blocked = admin.get("/people");
        assertThat(blocked.statusCode()).isEqualTo(302);
        assertThat(blocked.headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor");

        String secret = Totp.secretShownOn(admin.get("/login/second-factor").body());

        var wrong = admin.post("/login/second-factor", Map.of("code", "000000"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(admin.get("/people").statusCode()).isEqualTo(302);

        var right = admin.post("/login/second-factor", Map.of("code", Totp.code(secret)));
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(admin.get("/people").statusCode()).isEqualTo(200);
    }

    @Test
    void apiRefusesBasicAuthenticationForRolesThatNeedASecondFactor() {
        var response = WebSession.api(port, "GET", "/api/v1/people", DemoAccounts.REGION_OPERATOR, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
    }

    @Test
    void commonAndShortPasswordsAreRefused() {
        PasswordPolicy policy = new PasswordPolicyHolder().policy();
        assertThat(policy.check("short", "a@b.ru")).contains("password.tooShort");
        assertThat(policy.check("qwerty123", "a@b.ru")).contains("password.common");
        assertThat(policy.check("ivanova-secret-2026", "ivanova@school.ru")).contains("password.containsUsername");
        assertThat(policy.check("x".repeat(129), "a@b.ru")).contains("password.tooLong");
        assertThat(policy.check("a long and unusual passphrase", "a@b.ru")).isEmpty();
    }

    private String newAccount(String name) {
        String email = name + System.nanoTime() + "@example.org";
        long[] id = new long[1];
        AccessService.asSystem(() -> {
            long organization = structure.organizations(Permission.READ).get(0).id();
            id[0] = people.create(
                    new PersonData("Test", name, null, LocalDate.of(1990, 1, 1), email, null, null),
                    new EmploymentData(organization, 1, List.of(), null, null, Qualification.NONE, null, null));
            access.createAccount(id[0], email, DemoAccounts.PASSWORD);
        });
        return email;
    }

    @Test
    void anyUserMayTurnOnTheSecondFactorAndIsThenAskedForIt() {
        String email = newAccount("totp");
        WebSession user = WebSession.signIn(port, email);
        user.get("/account");
        String page = user.post("/account/second-factor/start", Map.of()).body();
        String secret = Totp.secretShownOn(page);
        var enrolled = user.post("/account/second-factor", Map.of("code", Totp.code(secret)));
        assertThat(enrolled.headers().firstValue("Location").orElseThrow()).endsWith("/account");

        WebSession again = WebSession.anonymous(port);
        again.get("/login");
        var signIn = again.post("/login", Map.of("username", email, "password", DemoAccounts.PASSWORD));
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor");
        again.get("/login/second-factor");
        again.post("/login/second-factor", Map.of("code", Totp.code(secret)));
        assertThat(again.get("/people").statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsSessions() {
        String email = newAccount("disable");
        WebSession user = WebSession.signIn(port, email);
        assertThat(user.get("/people").statusCode()).isEqualTo(200);
        long personId = jdbc.sql("select person_id from account where username = ?")
                .param(email)
                .query(Long.class)
                .single();
        AccessService.asSystem(() -> access.disable(personId));
        var after = user.get("/people");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    /** PasswordPolicy is package-private and reads its list from the classpath. */
    static class PasswordPolicyHolder {
        PasswordPolicy policy() {
            try {
                return new PasswordPolicy();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
