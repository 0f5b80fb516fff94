package org.nastavnik.bank;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.BrowserTest;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The banks as their users click through them in a browser. */
@IntegrationTest
class BankBrowserIT extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void curatorAddsAMenteeWithDeficitsFromTheCardAndFindsThemByADeficitFilter() {
        String lastName = Fixtures.uniqueLastName("Browsermentee");
        long person = Api.as(port, DemoAccounts.CURATOR)
                .post(
                        "/api/v1/people",
                        Fixtures.youngTeacher(Fixtures.ownOrganization(port, DemoAccounts.CURATOR), lastName))
                .json()
                .path("id")
                .asLong();
        long deficit = jdbc.sql("select id from catalog_entry where kind = 'DEFICIT' and not archived"
                        + " order by position offset 5 limit 1")
                .query(Long.class)
                .single();
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/people/" + person));
        page.getByText(text("bank.mentee.add")).click();

        page.selectOption("#level-" + deficit, "2");
        page.selectOption("select[name='source." + deficit + "']", "OBSERVATION");
        page.fill("#requestText", "Как держать дисциплину");
        page.click("main button[type=submit]");
        assertThat(page.locator("#consentOn")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        // nothing entered is lost when the form comes back
        assertThat(page.locator("#level-" + deficit)).hasValue("2");

        page.fill("#consentOn", LocalDate.now().minusDays(1).toString());
        page.fill("#consentDocument", "Заявление № 21");
        page.click("main button[type=submit]");

        assertThat(page.locator("h1")).containsText(lastName);
        assertThat(page.locator("main")).containsText(text("bank.source.OBSERVATION"));
        page.navigate(browser.url("/bank/mentees"));
        page.waitForResponse(
                r -> r.url().contains("deficit=" + deficit),
                () -> page.selectOption("#deficit", String.valueOf(deficit)));
        assertThat(page.locator("#results")).containsText(lastName);
        page.waitForResponse(
                r -> r.url().contains("category=BURNOUT"), () -> page.selectOption("#category", "BURNOUT"));
        assertThat(page.locator("#results")).not().containsText(lastName);
    }

    @Test
    void curatorConfirmsTheWholeUnconfirmedListAtOnce() {
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/bank/mentees?confirmed=false"));
        assertThat(page.locator("#results tbody input[name=ids]").first()).isVisible();

        page.check("input[data-check-all]");
        page.getByText(text("bank.confirm.chosen")).click();

        assertThat(page.locator("#results .alert-success")).isVisible();
        assertThat(page.locator("#results tbody input[name=ids]")).hasCount(0);
    }

    @Test
    void theMenteeFillsTheSelfAssessmentFromTheHomePage() {
        Page page = browser.signedIn(DemoAccounts.MENTEE);
        page.getByText(text("bank.selfAssessment")).first().click();
        page.locator("main select[id^=level-]").last().selectOption("3");
        page.fill("#requestText", "Хочу освоить электронный журнал");
        page.click("main button[type=submit]");

        assertThat(page.locator("main")).containsText("Хочу освоить электронный журнал");
        assertThat(page.locator("main")).containsText(text("bank.source.SELF_ASSESSMENT"));
    }

    @Test
    void theCoordinatorSelectsANomineeIntoTheMunicipalBank() {
        Page page = browser.signedIn(DemoAccounts.COORDINATOR);
        page.navigate(browser.url("/bank/mentors?contest=NOMINATED"));
        page.locator("#results tbody a").first().click();

        page.check("#selected1");
        page.fill("#protocol", "15-к");
        page.fill("#decidedOn", LocalDate.now().toString());
        page.getByText(text("bank.contest.record")).click();

        assertThat(page.locator("main")).containsText(text("bank.contest.SELECTED"));
        assertThat(page.locator("main")).containsText("15-к");
    }

    @Test
    void curatorLoadsAMenteeBankFromExcelFixingTheFileTheReportPointsAt() {
        String lastName = Fixtures.uniqueLastName("Excelmentee");
        Api.as(port, DemoAccounts.CURATOR)
                .post(
                        "/api/v1/people",
                        Fixtures.youngTeacher(Fixtures.ownOrganization(port, DemoAccounts.CURATOR), lastName));
        java.util.List<String> headers = java.util.stream.Stream.of(
                        "LAST_NAME", "FIRST_NAME", "EMAIL", "CATEGORY", "DEFICITS", "STATUS")
                .map(c -> text("bank.import.column." + c))
                .toList();
        java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("LAST_NAME", lastName);
        row.put("FIRST_NAME", "Anna");
        row.put("EMAIL", lastName.toLowerCase(Locale.ROOT) + "@school.test");
        row.put("CATEGORY", "Вечный студент");
        row.put("STATUS", "приостановлено");
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/bank/mentees"));
        page.getByText(text("bank.import.open")).click();
        assertThat(page.locator("#bank-mentees")).isChecked();

        page.setInputFiles("#file", file(headers, row));
        page.click("main button[type=submit]");
        assertThat(page.locator("#import-report")).containsText("Вечный студент");

        row.put("CATEGORY", text("bank.category.YOUNG_SPECIALIST"));
        page.setInputFiles("#file", file(headers, row));
        page.click("main button[type=submit]");
        assertThat(page.locator("#import-saved")).isVisible();
        page.getByText(text("bank.import.openList")).click();
        assertThat(page.locator("#results")).containsText(lastName);
    }

    private FilePayload file(java.util.List<String> headers, java.util.Map<String, Object> row) {
        return new FilePayload(
                "наставляемые.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                BankFiles.sheet(headers, java.util.List.of(row), c -> text("bank.import.column." + c)));
    }

    private String text(String code) {
        return messages.getMessage(code, null, Locale.forLanguageTag("ru"));
    }
}
