package org.nastavnik.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nastavnik.demo.DemoRegion;

/**
 * Headless Chromium for browser tests: Debian's /usr/bin/chromium where present (CI installs it),
 * otherwise the browser Playwright manages.
 */
public final class Browser implements AutoCloseable {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String base;

    public Browser(int port) {
        this.playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        this.browser = playwright.chromium().launch(options);
        this.base = "http://localhost:" + port;
    }

    /** A new page (own cookies) signed in as the demo account. */
    public Page signedIn(String email) {
        return signedIn(email, DemoRegion.PASSWORD);
    }

    /** A new page (own cookies) signed in with the password given. */
    public Page signedIn(String email, String password) {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(1366, 768)
                        .setLocale("ru-RU"))
                .newPage();
        page.navigate(base + "/login");
        page.fill("#username", email);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(base + "/");
        return page;
    }

    public String url(String path) {
        return base + path;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
