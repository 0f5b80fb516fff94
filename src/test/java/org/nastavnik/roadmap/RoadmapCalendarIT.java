package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** The calendar of due dates and its iCalendar feed, on the embedded database, within the caller's scope. */
@IntegrationTest
class RoadmapCalendarIT {

    @LocalServerPort
    int port;

    @Test
    void theMonthShowsTheDatesOfTheCallersRoadmapsByWeek() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Календарь A");
        YearMonth later = YearMonth.from(LocalDate.now().plusDays(60));

        String thisMonth = HtmlUtils.htmlUnescape(
                curator.get("/roadmaps/calendar?roadmap=" + id).body());
        String laterMonth = HtmlUtils.htmlUnescape(curator.get("/roadmaps/calendar?roadmap=" + id + "&month=" + later)
                .body());

        assertThat(thisMonth).contains("Совет наставников", "Календарь A", "id=\"calendar-feed\"");
        assertThat(thisMonth).doesNotContain("Отчёт");
        assertThat(laterMonth).contains("Отчёт").doesNotContain("Совет наставников");
        assertThat(curator.get("/roadmaps/calendar?month=not-a-month").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theFeedHasAnAllDayEventPerPlannedDateWithTheRoadmapAndTheResponsible() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Календарь B");
        String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);

        HttpResponse<String> page = curator.get("/roadmaps/calendar.ics?roadmap=" + id);
        Api.Response api = Api.as(port, DemoAccounts.CURATOR).get("/api/v1/roadmaps/calendar.ics?roadmapId=" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        String ics = page.body().replace("\r\n ", "");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);
        assertThat(ics)
                .contains("DTSTART;VALUE=DATE:" + today + "\r\n")
                .contains("SUMMARY:Совет наставников\r\n")
                .contains("DESCRIPTION:Дорожная карта: Календарь B")
                .contains("Ответственные: Куратор")
                .doesNotContain("Консультации");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.contentType()).startsWith("text/calendar");
        assertThat(api.text()).contains("SUMMARY:Совет наставников");
    }

    @Test
    void aCuratorOfAnotherSchoolSeesNoneOfTheseDates() {
        long id = RoadmapTestSupport.saveTracked(WebSession.signIn(port, DemoAccounts.CURATOR), "Календарь C");
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);

        assertThat(HtmlUtils.htmlUnescape(other.get("/roadmaps/calendar").body()))
                .doesNotContain("Календарь C");
        assertThat(other.get("/roadmaps/calendar.ics?roadmap=" + id).body()).doesNotContain("Календарь C", "VEVENT");
        assertThat(Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/api/v1/roadmaps/calendar.ics")
                        .text())
                .doesNotContain("Календарь C");
    }
}
