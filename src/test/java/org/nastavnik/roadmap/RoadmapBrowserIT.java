package org.nastavnik.roadmap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.BrowserTest;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** A curator pastes the college's roadmap from Word, checks how it was read, and saves it. */
@IntegrationTest
class RoadmapBrowserIT extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Test
    void curatorPastesARoadmapPreviewsItsDeadlinesAndSavesIt() throws IOException {
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/roadmaps"));
        page.getByText(text("roadmap.new")).first().click();
        page.fill("#title", "College roadmap 2022-2024");
        page.fill("#periodFrom", "2022-01-01");
        page.fill("#periodTo", "2024-12-31");
        page.fill("#table", seed("college"));
        page.click("button[value=preview]");

        assertThat(page.locator("#roadmap-lines tbody tr")).hasCount(23);
        assertThat(page.locator("#roadmap-lines")).containsText("31.05.2023, 31.05.2024");
        assertThat(page.locator(".alert-warning")).containsText("18");

        page.click("button[value=save]");

        assertThat(page.locator("h1")).hasText("College roadmap 2022-2024");
        assertThat(page.locator("#roadmap-lines")).containsText("05.09.2022");
        assertThat(page.locator("#roadmap-unknown")).hasCount(0);
        page.navigate(browser.url("/roadmaps"));
        assertThat(page.locator("#roadmaps")).containsText("College roadmap 2022-2024");
    }

    private String text(String code) {
        return messages.getMessage(code, null, Locale.forLanguageTag("ru"));
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = RoadmapBrowserIT.class.getResourceAsStream("/roadmap/seeds/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
