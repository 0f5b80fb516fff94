package org.nastavnik.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Browser;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiDocsBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void signedInUserSeesTheApiDocumentationRenderedUnderTheContentSecurityPolicy() {
        try (Browser browser = new Browser(port)) {
            Page page = browser.signedIn(DemoAccounts.CURATOR);
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    problems.add(message.text());
                }
            });

            page.navigate(browser.url("/api/docs"));

            // The first request builds the OpenAPI document, which takes seconds on a busy machine.
            assertThat(page.locator(".swagger-ui .info .title"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertThat(page.locator(".opblock-tag-section").first()).isVisible();
            org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
        }
    }
}
