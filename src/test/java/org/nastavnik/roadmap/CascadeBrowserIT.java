package org.nastavnik.roadmap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.BrowserTest;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The coordinator requires an activity of the schools and the cascade matrix shows who is late. */
@IntegrationTest
class CascadeBrowserIT extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Test
    void theCoordinatorsCascadeMatrixShowsALateSchool() {
        long roadmap = RoadmapTestSupport.saveTracked(
                WebSession.signIn(port, DemoAccounts.COORDINATOR), "Cascade in the browser");
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        long school12 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        Page page = browser.signedIn(DemoAccounts.COORDINATOR);

        // item 1.1 (ten days ago) required of the schools, from the roadmap's page
        page.navigate(browser.url("/roadmaps/" + roadmap));
        page.locator("#item-2 a.require-link").click();
        page.locator("#type-SCHOOL").check();
        page.click("#save-requirement");
        assertThat(page.locator("#item-2 .requirement"))
                .containsText(LocalDate.now().minusDays(10).format(RoadmapTestSupport.DATE));

        // school No. 5 has done it; school No. 12 has not
        long requirement = Api.as(port, DemoAccounts.COORDINATOR)
                .get("/api/v1/roadmaps/" + roadmap + "/requirements")
                .json()
                .get(0)
                .path("id")
                .asLong();
        Api.as(port, DemoAccounts.CURATOR)
                .post(
                        "/api/v1/roadmap-requirements/" + requirement + "/organizations/" + school5 + "/status",
                        Map.of("status", "DONE", "version", 0));

        page.locator("#template-form a").click();
        assertThat(page.locator("#cascade-matrix")).containsText("1.1");
        assertThat(page.locator("#org-" + school5 + " a.due-DONE")).hasCount(1);
        assertThat(page.locator("#org-" + school12 + " a.due-OVERDUE"))
                .hasText(text("roadmap.due.status.OVERDUE") + " !");
        assertThat(page.locator("#org-" + school12)).hasClass(java.util.regex.Pattern.compile("cascade-late"));

        page.locator("#late").check();
        page.click("#cascade-filters button[type=submit]");
        assertThat(page.locator("#org-" + school12)).hasCount(1);
        assertThat(page.locator("#org-" + school5)).hasCount(0);
        // only late schools are left (other tests may add schools of their own to the municipality)
        assertThat(page.locator("#cascade-matrix .cascade-counts"))
                .containsText(java.util.regex.Pattern.compile(text("roadmap.cascade.count", 0, 0, "(\\d+)", "\\1")));

        // the late cell opens the school's fulfilment
        page.locator("#org-" + school12 + " a.due-OVERDUE").click();
        assertThat(page.locator("#fulfilment-status")).containsText(text("roadmap.due.status.OVERDUE"));

        // the late school's curator sees it on the home page, counted as the matrix shows it, with the
        // way to the matrix
        long overdue = Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                .get("/api/v1/roadmaps/cascade")
                .json()
                .path("rows")
                .valueStream()
                .flatMap(r -> r.path("cells").valueStream())
                .filter(c -> c.path("status").asString().equals("OVERDUE"))
                .count();
        org.assertj.core.api.Assertions.assertThat(overdue).isPositive();
        Page late = browser.signedIn(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        late.navigate(browser.url("/"));
        assertThat(late.locator("#roadmap-home-cascade")).hasText(text("roadmap.home.lateRequirements", overdue));
        late.locator("#roadmap-home-cascade a").click();
        // (other tests may have left late requirements of their own for this school)
        assertThat(late.locator("#org-" + school12 + " a.due-OVERDUE").first()).isVisible();
        assertThat(late.locator("#cascade-matrix tbody tr[id^=org-]")).hasCount(1);
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.forLanguageTag("ru"));
    }
}
