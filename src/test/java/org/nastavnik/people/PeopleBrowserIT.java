package org.nastavnik.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.BrowserTest;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;

@IntegrationTest
class PeopleBrowserIT extends BrowserTest {

    @Test
    void curatorAddsAPersonFixesAValidationErrorAndFindsThemByLiveSearch() {
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/people/new"));
        page.fill("#lastName", "\u0411\u0440\u0430\u0443\u0437\u0435\u0440\u043e\u0432\u0430");
        page.fill("#firstName", "\u0410\u043b\u0451\u043d\u0430");
        page.fill("#middleName", "\u0418\u0433\u043e\u0440\u0435\u0432\u043d\u0430");
        page.fill("#birthDate", "1998-04-12");
        page.fill("#snils", "112-233-445 96");
        page.selectOption("#organizationId", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.selectOption("#positionId", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.fill("#pedagogicalSince", "2024-09-01");
        page.click("main button[type=submit]");

        assertThat(page.locator("#snils")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#snils-error")).isVisible();
        assertThat(page.locator("#lastName")).hasValue("\u0411\u0440\u0430\u0443\u0437\u0435\u0440\u043e\u0432\u0430");

        page.fill("#snils", "112-233-445 95");
        page.click("main button[type=submit]");
        assertThat(page.locator("h1"))
                .hasText("\u0411\u0440\u0430\u0443\u0437\u0435\u0440\u043e\u0432\u0430 \u0410\u043b\u0451\u043d\u0430"
                        + " \u0418\u0433\u043e\u0440\u0435\u0432\u043d\u0430");

        page.navigate(browser.url("/people"));
        // Partial words in another order, with «е» for «ё».
        page.locator("#q").pressSequentially("\u0430\u043b\u0435\u043d \u0431\u0440\u0430\u0443\u0437");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(
                                        "\u0411\u0440\u0430\u0443\u0437\u0435\u0440\u043e\u0432\u0430 \u0410\u043b\u0451\u043d\u0430"
                                                + " \u0418\u0433\u043e\u0440\u0435\u0432\u043d\u0430")))
                .isVisible();
        assertThat(page.locator("#results tbody tr")).hasCount(1);
    }

    @Test
    void aFormIsSentOnceHoweverOftenItsButtonIsClickedOnASlowLink() {
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/people/new"));
        // counts the submissions the page lets go, and keeps each from leaving (an answer never comes)
        page.evaluate("() => { window.sent = 0; window.addEventListener('submit', e => {"
                + " if (!e.defaultPrevented) { window.sent++; } e.preventDefault(); }); }");
        page.fill("#lastName", "\u041e\u0434\u0438\u043d\u043e\u0447\u043a\u0438\u043d\u0430");

        page.click("main button[type=submit]");
        assertThat(page.locator("main button[type=submit]")).isDisabled();
        page.evaluate("() => document.querySelector('main form').requestSubmit()");

        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.sent"))
                .isEqualTo(1);
    }

    @Test
    void liveSearchAfterTheSessionEndedSaysSoInsteadOfShowingTheSignInInTheList() {
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/people"));
        String before = page.locator("#results").innerHTML();
        page.context().clearCookies();

        page.locator("#q").pressSequentially("\u0430\u043b\u0435");

        assertThat(page.locator("#session-ended")).isVisible();
        assertThat(page.locator("#results input[name=password]")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.locator("#results").innerHTML())
                .isEqualTo(before);
    }

    @Test
    void curatorOfAnotherSchoolSeesNotFoundForThisSchoolsPerson() {
        Page curator = browser.signedIn(DemoAccounts.CURATOR);
        curator.navigate(browser.url("/people"));
        String href = curator.locator("#results tbody a").first().getAttribute("href");

        Page other = browser.signedIn(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        var response = other.navigate(browser.url(href));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(other.locator("h1")).hasText("\u041d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d\u043e");
    }
}
