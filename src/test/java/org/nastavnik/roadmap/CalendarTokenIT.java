package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.Role;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonData;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The secret calendar subscription link: issued on the calendar page or in the API, its feed answers
 * without a session or cookie with the person's dates as they would see them signed in, and a
 * re-issued or switched-off link, like a disabled account, is a 404.
 */
@IntegrationTest
class CalendarTokenIT {

    private static final Pattern URL = Pattern.compile("id=\"subscription-url\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "calendar subscription passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccessService access;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient calendarProgram =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aCuratorsLinkAnswersWithoutASessionAndStopsWhenReissuedOrSwitchedOff() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Подписка A");
        assertThat(curator.get("/roadmaps/calendar").body()).contains("id=\"calendar-subscription\"");

        String first = issuedOnThePage(curator);
        HttpResponse<String> feed = poll(first);

        assertThat(first).matches("http://localhost:" + port + "/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(feed.headers().firstValue("Cache-Control").orElseThrow()).startsWith("private, max-age=");
        assertThat(feed.headers().allValues("Set-Cookie")).isEmpty();
        String ics = feed.body().replace("\r\n ", "");
        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Совет наставников", "Подписка A");
        assertThat(poll(first + "?roadmap=" + id).body().split("BEGIN:VEVENT", -1))
                .hasSize(4);
        assertThat(HtmlUtils.htmlUnescape(curator.get("/roadmaps/calendar").body()))
                .contains("id=\"subscription-issued\"")
                .doesNotContain(first);

        String second = issuedOnThePage(curator);
        assertThat(second).isNotEqualTo(first);
        assertThat(poll(first).statusCode()).isEqualTo(404);
        assertThat(poll(second).statusCode()).isEqualTo(200);

        HttpResponse<String> off = curator.post("/roadmaps/calendar/subscription/off", Map.of());
        assertThat(off.statusCode()).isEqualTo(302);
        assertThat(poll(second).statusCode()).isEqualTo(404);
        assertThat(curator.get("/roadmaps/calendar").body()).doesNotContain("id=\"subscription-issued\"");
    }

    @Test
    void unknownOrMalformedTokensAreAllTheSame404WithoutACookie() {
        for (String path : new String[] {
            "/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", "/calendar/short.ics", "/calendar/x%27.ics"
        }) {
            HttpResponse<String> response = poll("http://localhost:" + port + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEmpty();
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void theApiIssuesAndRevokesTheLinkWhoseFeedFollowsThePersonsCurrentRights() {
        WebSession demoCurator = WebSession.signIn(port, DemoAccounts.CURATOR);
        RoadmapTestSupport.saveTracked(demoCurator, "Подписка B");
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String email = Fixtures.uniqueLastName("subscriber") + "@example.org";
        AtomicLong person = new AtomicLong();
        AtomicLong role = new AtomicLong();
        AccessService.asSystem(() -> {
            person.set(people.createUnattached(
                    new PersonData(Fixtures.uniqueLastName("Subscriber"), "Test", null, null, email, null, null)));
            access.createAccount(person.get(), email, PASSWORD);
            role.set(access.grant(person.get(), Role.CURATOR, school));
        });
        Api api = Api.as(port, email, PASSWORD);

        Api.Response issued = api.post("/api/v1/calendar/token", Map.of());
        String url = issued.json().path("url").asString();

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().path("issuedAt").asString()).isNotBlank();
        assertThat(poll(url).body()).contains("Подписка B");
        assertThat(jdbc.sql("select count(*) from calendar_token where person_id = ? and token_hash = ?")
                        .params(person.get(), CalendarSubscriptions.hash(url.replaceAll(".*/|\\.ics$", "")))
                        .query(Long.class)
                        .single())
                .as("only the hash is kept")
                .isOne();

        AccessService.asSystem(() -> access.revoke(role.get()));
        assertThat(poll(url).body()).doesNotContain("Подписка B");

        AccessService.asSystem(() -> access.grant(person.get(), Role.CURATOR, school));
        assertThat(poll(url).body()).contains("Подписка B");
        AccessService.asSystem(() -> access.disable(person.get()));
        assertThat(poll(url).statusCode()).isEqualTo(404);
        AccessService.asSystem(() -> access.enable(person.get()));
        assertThat(poll(url).statusCode()).isEqualTo(200);

        assertThat(api.delete("/api/v1/calendar/token").status()).isEqualTo(204);
        assertThat(poll(url).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherSchoolsCuratorsLinkHoldsNoneOfTheseDates() {
        RoadmapTestSupport.saveTracked(WebSession.signIn(port, DemoAccounts.CURATOR), "Подписка C");
        String url = Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                .post("/api/v1/calendar/token", Map.of())
                .json()
                .path("url")
                .asString();

        HttpResponse<String> feed = poll(url);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("BEGIN:VCALENDAR").doesNotContain("Подписка C");
    }

    private static String issuedOnThePage(WebSession session) {
        HttpResponse<String> page = session.post("/roadmaps/calendar/subscription", Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher url = URL.matcher(page.body());
        assertThat(url.find()).as("the link is shown once").isTrue();
        return HtmlUtils.htmlUnescape(url.group(1));
    }

    /** A calendar program: no cookies, no credentials. */
    private HttpResponse<String> poll(String url) {
        try {
            return calendarProgram.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
