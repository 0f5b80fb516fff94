package org.nastavnik.mentorship;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.Role;
import org.nastavnik.support.Api;
import org.nastavnik.support.BrowserTest;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/** Pairs as a curator forms them in a browser, from the proposal to the order. */
@IntegrationTest
class PairsBrowserIT extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Autowired
    AccessService access;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    PairFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PairFixtures(port);
    }

    @Test
    void curatorAcceptsTwoProposedPairsRejectsOneCollectsConsentsAndFixesThemByOrder() {
        fixtures.mentor(2);
        long first = fixtures.mentee();
        long second = fixtures.mentee();
        long rejected = fixtures.mentee();
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/pairs/propose"));
        Locator choices = page.locator("select[name^=mentor_]");
        Set<String> accepted = Set.of("mentor_" + first, "mentor_" + second);
        assertThat(page.locator("select[name=mentor_" + rejected + "]")).hasCount(1);
        for (int i = 0; i < choices.count(); i++) {
            Locator choice = choices.nth(i);
            if (!accepted.contains(choice.getAttribute("name"))) {
                choice.selectOption("0");
            }
        }
        page.click("main button[type=submit]");
        assertThat(page.locator("main .alert-success")).containsText(text("mentorship.proposal.created", 2));

        List<Long> pairs = List.of(pairOf(first), pairOf(second));
        for (long pair : pairs) {
            page.navigate(browser.url("/pairs/" + pair));
            page.getByText(text("mentorship.action.requestConsents")).click();
            assertThat(page.locator("h1 + .badge")).hasText(text("mentorship.status.AWAITING_CONSENT"));
            for (int member = 0; member < 2; member++) {
                page.locator("summary", new Page.LocatorOptions().setHasText(text("mentorship.action.recordConsent")))
                        .first()
                        .click();
                Locator form = page.locator("details[open] form").first();
                form.locator("input[name=consentDocument]").fill("Заявление");
                form.locator("button[type=submit]").click();
            }
            assertThat(page.locator("h1 + .badge")).hasText(text("mentorship.status.CONSENTED"));
        }
        assertThat(fixtures.curator().get("/api/v1/pairs/waiting").text()).contains(lastNameOfMentee(rejected));

        page.navigate(browser.url("/pairs/order"));
        Locator boxes = page.locator("input[name=mentorshipIds]");
        for (int i = 0; i < boxes.count(); i++) {
            Locator box = boxes.nth(i);
            if (!pairs.contains(Long.parseLong(box.getAttribute("value")))) {
                box.uncheck();
            }
        }
        String number = Fixtures.uniqueLastName("П-").toLowerCase(Locale.ROOT);
        page.fill("#number", number);
        page.fill("#signerName", "Н.П. Смирнова");
        page.click("main button[type=submit]:not([name])");
        assertThat(page.locator("main .alert-success")).containsText(number);

        for (long pair : pairs) {
            JsonNode active = fixtures.curator().get("/api/v1/pairs/" + pair).json();
            assertThat(active.path("status").asString()).isEqualTo("ACTIVE");
            assertThat(active.path("orderNumber").asString()).isEqualTo(number);
        }
        page.navigate(browser.url("/pairs/" + pairs.get(0)));
        assertThat(page.locator("h1 + .badge")).hasText(text("mentorship.status.ACTIVE"));
        assertThat(page.locator("main")).containsText(number);
    }

    @Test
    void menteeAsksForAnotherMentorAndTheCuratorReplacesThem() {
        long mentor = fixtures.mentor(1);
        long mentee = fixtures.mentee();
        String menteeEmail = fixtures.account(access, fixtures.personOfMentee(mentee), Role.MENTEE);
        long pair = fixtures.create(fixtures.pair(mentor, mentee)).path("id").asLong();
        Api curator = fixtures.curator();
        curator.post("/api/v1/pairs/" + pair + "/request-consents", java.util.Map.of("version", 0));
        long newMentor = fixtures.mentor(1);

        Page asMentee = browser.signedIn(menteeEmail, PairFixtures.PASSWORD);
        asMentee.navigate(browser.url("/pairs/" + pair));
        asMentee.getByText(text("mentorship.action.consent")).click();
        asMentee.locator("summary", new Page.LocatorOptions().setHasText(text("mentorship.action.requestReplacement")))
                .click();
        asMentee.click("details[open] button[type=submit]");
        assertThat(asMentee.locator("#problem")).containsText(text("mentorship.reason.required"));
        // the form opens again beside the message
        assertThat(asMentee.locator("#askReason")).isVisible();
        asMentee.fill("#askReason", "Не совпадаем по расписанию");
        asMentee.click("details[open] button[type=submit]");
        assertThat(asMentee.locator("main")).containsText(text("mentorship.event.REPLACEMENT_REQUESTED"));

        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/pairs/" + pair));
        assertThat(page.locator("main .alert-warning")).containsText(text("mentorship.replacementRequested"));
        page.selectOption("#mentorProfileId", String.valueOf(newMentor));
        page.fill("#replaceReason", "По заявлению наставляемого");
        page.click("details[open] form[action$=replace] button[type=submit]");
        assertThat(page.locator("main")).containsText(text("mentorship.former"));
        assertThat(page.locator("main")).containsText("По заявлению наставляемого");
        assertThat(page.locator("main .alert-warning")).hasCount(0);
    }

    private long pairOf(long menteeProfileId) {
        return jdbc.sql("select mentorship_id from mentorship_member where mentee_profile_id = ? and left_on is null")
                .param(menteeProfileId)
                .query(Long.class)
                .single();
    }

    private String lastNameOfMentee(long menteeProfileId) {
        long person = fixtures.personOfMentee(menteeProfileId);
        return fixtures.curator()
                .get("/api/v1/people/" + person)
                .json()
                .path("lastName")
                .asString();
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.forLanguageTag("ru"));
    }
}
