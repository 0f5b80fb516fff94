package org.nastavnik.roadmap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.BrowserTest;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** A curator pastes a roadmap from Word or uploads the document, checks how it was read, and saves it. */
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

    @Test
    void curatorUploadsARoadmapFromWordSeesItReadAndSavesIt() throws IOException {
        Path docx = Files.createTempFile("district", ".docx");
        Files.write(docx, RoadmapDocuments.seed("district").mergedSections().docx());
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/roadmaps/new"));

        page.setInputFiles("#file", docx);
        page.click("#upload-docx");

        assertThat(page.locator("#docx-read")).containsText(docx.getFileName().toString());
        assertThat(page.locator("#title"))
                .hasValue(Pattern.compile("^План мероприятий \\(дорожная карта\\).*на 2021 год$"));
        assertThat(page.locator("#periodFrom")).hasValue("2021-01-01");
        assertThat(page.locator("#roadmap-lines")).containsText("25.06.2021");
        page.fill("#title", "District roadmap uploaded from Word");

        page.click("button[value=save]");

        assertThat(page.locator("h1")).hasText("District roadmap uploaded from Word");
        assertThat(page.locator("#roadmap-lines")).containsText("7.1.1");
        Files.delete(docx);
    }

    @Test
    void curatorSavesARoadmapMarksAnItemDoneWithALinkAndTheProgressChanges() {
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/roadmaps/new"));
        java.time.LocalDate today = java.time.LocalDate.now();
        page.fill("#title", "Tracked in the browser");
        page.fill("#periodFrom", today.minusDays(100).toString());
        page.fill("#periodTo", today.plusDays(200).toString());
        page.fill("#table", RoadmapTestSupport.table(today));
        page.click("button[value=preview]");
        page.click("button[value=save]");
        assertThat(page.locator("h1")).hasText("Tracked in the browser");
        assertThat(page.locator("#roadmap-progress .progress-toDate")).containsText("0 ");

        page.locator("#item-2 a.due").first().click();
        page.fill("#url", "https://school5.example.org/prikaz");
        page.click("#add-evidence");
        assertThat(page.locator("#evidence-list")).containsText("https://school5.example.org/prikaz");
        page.click("#mark-done");
        assertThat(page.locator("#due-status")).containsText(text("roadmap.due.status.DONE"));
        page.locator("p.mb-1 a").first().click();

        assertThat(page.locator("#roadmap-progress .progress-toDate")).containsText("1 ");
        assertThat(page.locator("#item-2 a.due-DONE")).hasCount(1);
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
