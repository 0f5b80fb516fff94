package org.nastavnik.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.BrowserTest;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A curator imports a staff list in the browser: one bad row, the report, the fixed file. */
@IntegrationTest
class StaffImportBrowserIT extends BrowserTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void oneBadRowSavesNothingAndShowsTheReportThenTheFixedFileSavesEveryRow() {
        List<List<Object>> rows = StaffWorkbooks.rows(4, 301);
        Object goodSnils = rows.get(2).get(StaffColumn.SNILS.ordinal());
        rows.get(2).set(StaffColumn.SNILS.ordinal(), "123-456-789 00");
        String lastName = (String) rows.get(0).get(StaffColumn.LAST_NAME.ordinal());
        long before = people();

        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/people"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("people.import.open")))
                .click();
        upload(page, StaffWorkbooks.write(StaffWorkbooks.headers(), rows));

        assertThat(page.locator("#import-rejected")).hasText(text("import.rejected", 1));
        assertThat(page.locator("#import-report tbody tr")).hasCount(1);
        assertThat(page.locator("#import-report tbody tr td").nth(0)).hasText("4");
        assertThat(page.locator("#import-report tbody tr td").nth(1)).hasText(text("people.import.column.SNILS"));
        assertThat(page.locator("#import-report tbody tr td").nth(2)).hasText("123-456-789 00");
        org.assertj.core.api.Assertions.assertThat(people()).isEqualTo(before);

        rows.get(2).set(StaffColumn.SNILS.ordinal(), goodSnils);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("people.import.again")))
                .click();
        upload(page, StaffWorkbooks.write(StaffWorkbooks.headers(), rows));

        assertThat(page.locator("#import-saved")).hasText(text("people.import.saved", 4));
        org.assertj.core.api.Assertions.assertThat(people()).isEqualTo(before + 4);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("people.import.openList")))
                .click();
        page.locator("#q").pressSequentially(lastName);
        assertThat(page.locator("#results tbody tr")).hasCount(1);
        assertThat(page.locator("#results tbody tr")).containsText(lastName);
    }

    @Test
    void aRenamedCsvIsRefusedWithARussianMessage() {
        Page page = browser.signedIn(DemoAccounts.CURATOR);
        page.navigate(browser.url("/people/import"));
        page.setInputFiles(
                "#file",
                new FilePayload(
                        "staff.xlsx",
                        XLSX,
                        "Surname;Name\nIvanova;Anna\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.click("#import-form button[type=submit]");

        assertThat(page.locator("#import-rejected")).isVisible();
        assertThat(page.locator("#import-report")).containsText(text("upload.xlsx.wrongFormat"));
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("Exception");
    }

    private static void upload(Page page, byte[] workbook) {
        page.setInputFiles("#file", new FilePayload("staff.xlsx", XLSX, workbook));
        page.click("#import-form button[type=submit]");
    }

    private long people() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, java.util.Locale.forLanguageTag("ru"));
    }
}
