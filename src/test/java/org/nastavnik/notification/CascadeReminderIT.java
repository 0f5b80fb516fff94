package org.nastavnik.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.roadmap.RoadmapTestSupport;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cascade's reminders: the schools that must fulfil a requirement hear before its date and when
 * it is late, once; the coordinator hears once that schools are late; a withdrawn requirement is
 * reminded to nobody.
 */
@IntegrationTest
class CascadeReminderIT {

    @LocalServerPort
    int port;

    @Autowired
    CascadeReminderJob job;

    @Autowired
    JdbcClient jdbc;

    @Test
    void schoolsAreRemindedBeforeAndWhenLateOnceAndTheCoordinatorHearsOnceWhoIsLate() {
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        long roadmap = RoadmapTestSupport.saveTracked(coordinator, "Cascade reminded");
        LocalDate due = LocalDate.now().plusDays(41);
        long requirement = require(roadmap, 2, due);
        long withdrawn = require(roadmap, 3, due);
        Api.Response withdrawal = Api.as(port, DemoAccounts.COORDINATOR)
                .post(
                        "/api/v1/roadmap-requirements/" + withdrawn + "/withdraw",
                        Map.of("reason", "Не нужно", "version", 0));
        assertThat(withdrawal.status()).as(withdrawal.text()).isEqualTo(200);
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        long school12 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);

        LocalDate before = due.minusDays(3);
        job.run(before);
        assertThat(job.run(before)).as("a second run the same day").isZero();
        assertThat(recipients("cascade-due:" + requirement + ":" + school5 + ":" + due))
                .containsExactly(DemoAccounts.CURATOR, DemoAccounts.HEAD);
        assertThat(recipients("cascade-due:" + requirement + ":" + school12 + ":" + due))
                .containsExactly(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        assertThat(count("cascade-due:" + requirement + ":%", DemoAccounts.COORDINATOR))
                .as("the coordinator is not sent every school's reminder")
                .isZero();
        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR)
                        .get("/notifications")
                        .body())
                .contains("Cascade reminded", "/roadmaps/cascade/" + requirement + "/" + school5);

        // school No. 5 has done it; the date passes and the job runs on two days
        Api.Response done = Api.as(port, DemoAccounts.CURATOR)
                .post(
                        "/api/v1/roadmap-requirements/" + requirement + "/organizations/" + school5 + "/status",
                        Map.of("status", "DONE", "version", 0));
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        LocalDate late = due.plusDays(1);
        job.run(late);
        assertThat(job.run(late)).isZero();
        job.run(late.plusDays(1));

        assertThat(recipients("cascade-overdue:" + requirement + ":" + school12 + ":" + due))
                .containsExactly(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        assertThat(count("cascade-overdue:" + requirement + ":" + school5 + ":%", null))
                .as("a school that has done it is not told it is late")
                .isZero();
        assertThat(count("cascade-late:" + requirement + ":%", null))
                .as("one notice of the late schools over two days")
                .isEqualTo(1);
        assertThat(recipients("cascade-late:" + requirement + ":" + due)).containsExactly(DemoAccounts.COORDINATOR);
        int schools = Api.as(port, DemoAccounts.COORDINATOR)
                .get("/api/v1/roadmaps/cascade?roadmapId=" + roadmap)
                .json()
                .path("totalRows")
                .asInt();
        assertThat(jdbc.sql("select arguments, link from notification where subject_key = ?")
                        .param("cascade-late:" + requirement + ":" + due)
                        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                        .single())
                .endsWith("\u001F" + (schools - 1) + "|/roadmaps/cascade?roadmap=" + roadmap + "&late=true");

        assertThat(count("cascade-%:" + withdrawn + ":%", null))
                .as("a withdrawn requirement is reminded to nobody")
                .isZero();
    }

    private long require(long roadmap, int position, LocalDate due) {
        Api.Response required = Api.as(port, DemoAccounts.COORDINATOR)
                .put(
                        "/api/v1/roadmaps/" + roadmap + "/items/" + position + "/requirement",
                        Map.of("dueOn", due.toString(), "types", List.of("SCHOOL")));
        assertThat(required.status()).as(required.text()).isEqualTo(200);
        return required.json().path("id").asLong();
    }

    private List<String> recipients(String subject) {
        return jdbc.sql("select a.username from notification n join account a on a.person_id = n.person_id"
                        + " where n.subject_key = ? order by a.username")
                .param(subject)
                .query(String.class)
                .list();
    }

    /** Notifications whose subject is like the pattern, of one account or of anybody (null). */
    private long count(String subjectPattern, String username) {
        return jdbc.sql("select count(*) from notification n left join account a on a.person_id = n.person_id"
                        + " where n.subject_key like ? and (cast(? as varchar) is null or a.username = ?)")
                .params(subjectPattern, username, username)
                .query(Long.class)
                .single();
    }
}
