package org.nastavnik.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.roadmap.RoadmapTestSupport;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily reminders: to the school's keepers of roadmaps, once per date, read on their page. */
@IntegrationTest
class ReminderIT {

    @LocalServerPort
    int port;

    @Autowired
    ReminderJob job;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDateDueSoonRemindsTheCuratorAndTheHeadOnceHoweverOftenTheJobRuns() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long roadmap = RoadmapTestSupport.saveTracked(curator, "Reminded roadmap");
        long dueToday = jdbc.sql("select id from roadmap_due where roadmap_id = ? and due_on = ?")
                .params(roadmap, LocalDate.now())
                .query(Long.class)
                .single();
        String subject = "roadmap-due:" + dueToday;

        job.run(LocalDate.now());
        int again = job.run(LocalDate.now());

        List<String> recipients = jdbc.sql("select a.username from notification n join account a"
                        + " on a.person_id = n.person_id where n.subject_key = ? order by a.username")
                .param(subject)
                .query(String.class)
                .list();
        assertThat(recipients).containsExactly(DemoAccounts.CURATOR, DemoAccounts.HEAD);
        assertThat(again).isZero();
        assertThat(jdbc.sql("select count(*) from notification where subject_key like 'roadmap-due:%'"
                                + " and link not like '/roadmaps/dates/%'")
                        .query(Long.class)
                        .single())
                .isZero();

        String page = curator.get("/notifications").body();
        assertThat(page).contains("Reminded roadmap", "id=\"nav-bell\"");
        long mine = jdbc.sql("select n.id from notification n join account a on a.person_id = n.person_id"
                        + " where n.subject_key = ? and a.username = ?")
                .params(subject, DemoAccounts.CURATOR)
                .query(Long.class)
                .single();
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        assertThat(other.post("/notifications/" + mine + "/read", java.util.Map.of())
                        .statusCode())
                .isEqualTo(404);
        curator.get("/notifications");
        HttpResponse<String> read = curator.post("/notifications/" + mine + "/read", java.util.Map.of());
        assertThat(read.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select read_at is not null from notification where id = ?")
                        .param(mine)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
