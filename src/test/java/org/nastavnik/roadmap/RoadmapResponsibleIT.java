package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.notification.ReminderJob;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The responsible column of the seed roadmaps («Куропаткина А.Н.», «Дереча Н.Е.», «Ушакова И.Г.»,
 * «Ганжа А.Н.») linked to the people of the owner school where exactly one of them has the name: they
 * mark their activity's dates with evidence and are reminded; unknown, ambiguous and other schools'
 * names stay text.
 */
@IntegrationTest
class RoadmapResponsibleIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReminderJob reminders;

    @Test
    void theSeedsResponsibleNamesAreLinkedWhereOnePersonOfTheSchoolHasThem() {
        long psychologist = personOf(DemoAccounts.PSYCHOLOGIST);
        String[] name = jdbc.sql("select last_name, first_name, coalesce(middle_name, '') from person where id = ?")
                .param(psychologist)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        String psychologistWritten = name[0] + " " + name[1].charAt(0) + "." + name[2].charAt(0) + ".";
        long kuropatkina = employLike(DemoAccounts.PSYCHOLOGIST, "Куропаткина", "Анна", "Николаевна");
        employLike(DemoAccounts.PSYCHOLOGIST, "Ушакова", "Ирина", "Геннадьевна");
        employLike(DemoAccounts.PSYCHOLOGIST, "Ушакова", "Инна", "Григорьевна");
        long derecha = employLike(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL, "Дереча", "Наталья", "Евгеньевна");
        LocalDate today = LocalDate.now();
        String table = "| № | Мероприятие | Срок | Ответственный |\n"
                + "| 1 | Подготовка | | |\n"
                + "| 1.1 | Приказ о наставничестве | " + date(today.plusDays(2)) + " | Куропаткина А.Н. |\n"
                + "| 1.2 | Консультации | " + date(today.plusDays(3)) + " | Заместитель директора по УВР "
                + psychologistWritten + " |\n"
                + "| 1.3 | Совет | " + date(today.plusDays(4)) + " | Дереча Н.Е. |\n"
                + "| 1.4 | Анкетирование | " + date(today.plusDays(5)) + " | Ушакова И.Г., Ганжа А.Н., куратор |\n"
                + "| 1.5 | Отчёт | " + date(today.plusDays(6)) + " | Директор |\n";
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.save(
                curator, "Responsible roadmap", today.minusDays(30), today.plusDays(300), table);

        assertThat(linked(id, 2)).containsExactly(kuropatkina);
        assertThat(linked(id, 3)).containsExactly(psychologist);
        assertThat(linked(id, 4)).doesNotContain(derecha).isEmpty();
        // «куратор» names the school's curator (a role granted at the school); the names nobody has stay text
        long curatorPerson = personOf(DemoAccounts.CURATOR);
        assertThat(linked(id, 5)).contains(curatorPerson).hasSizeLessThanOrEqualTo(2);
        // a position written out names its only holder in the school
        List<Long> directors = jdbc.sql(
                        "select distinct e.person_id from employment e join position p"
                                + " on p.id = e.position_id where p.name = 'Директор' and e.ended_on is null"
                                + " and e.organization_id = (select organization_id from employment where person_id = ? limit 1)")
                .param(psychologist)
                .query(Long.class)
                .list();
        assertThat(directors).hasSize(1);
        assertThat(linked(id, 6)).containsExactlyElementsOf(directors);
        assertThat(curator.get("/roadmaps/" + id + "/items/2").body())
                .contains("id=\"line-responsible-people\"", "Куропаткина Анна Николаевна");
        assertThat(curator.get("/roadmaps/" + id + "/items/4").body()).doesNotContain("line-responsible-people");

        // the psychologist (no EDIT_ROADMAPS) marks their own activity with evidence, not another one
        WebSession own = WebSession.signIn(port, DemoAccounts.PSYCHOLOGIST);
        long ownDue = due(id, 3);
        assertThat(own.get("/roadmaps/dates/" + ownDue).body()).contains("id=\"mark-form\"");
        HttpResponse<String> evidence =
                own.post("/roadmaps/dates/" + ownDue + "/evidence", Map.of("note", "Консультации проведены, журнал"));
        HttpResponse<String> marked =
                own.post("/roadmaps/dates/" + ownDue + "/status", Map.of("status", "DONE", "version", "0"));
        HttpResponse<String> other =
                own.post("/roadmaps/dates/" + due(id, 2) + "/status", Map.of("status", "DONE", "version", "0"));
        assertThat(evidence.statusCode()).isEqualTo(302);
        assertThat(marked.statusCode()).isEqualTo(302);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select status || ' ' || changed_by from roadmap_due where id = ?")
                        .param(ownDue)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE " + DemoAccounts.PSYCHOLOGIST);

        // reminders go to the linked person as well as to the school's keepers
        reminders.run(today);
        assertThat(notified(kuropatkina, due(id, 2))).isTrue();
        assertThat(notified(derecha, due(id, 4))).isFalse();

        // an edit of the responsible text links again
        long version = jdbc.sql("select version from roadmap_line where roadmap_id = ? and position = 5")
                .param(id)
                .query(Long.class)
                .single();
        HttpResponse<String> edited = curator.post(
                "/roadmaps/" + id + "/items/5",
                Map.of(
                        "activity",
                        "Анкетирование",
                        "deadline",
                        date(today.plusDays(5)),
                        "responsible",
                        "Куропаткина А. Н.",
                        "version",
                        String.valueOf(version)));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(linked(id, 5)).containsExactly(kuropatkina);
    }

    private long personOf(String email) {
        return jdbc.sql("select person_id from account where username = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    /** A new person employed where the account's person works. */
    private long employLike(String email, String last, String first, String middle) {
        long person = jdbc.sql("select nextval('person_seq')").query(Long.class).single();
        String search = (last + " " + first + " " + middle).toLowerCase();
        jdbc.sql("insert into person (id, last_name, first_name, middle_name, search_text, sort_key)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(person, last, first, middle, search, search)
                .update();
        jdbc.sql("insert into employment (id, person_id, organization_id, organization_path, position_id)"
                        + " select nextval('employment_seq'), ?, organization_id, organization_path, position_id"
                        + " from employment where person_id = ? and ended_on is null limit 1")
                .params(person, personOf(email))
                .update();
        return person;
    }

    private List<Long> linked(long id, int position) {
        return jdbc.sql("select person_id from roadmap_line_person where roadmap_id = ? and position = ?")
                .params(id, position)
                .query(Long.class)
                .list();
    }

    private long due(long id, int position) {
        return jdbc.sql("select id from roadmap_due where roadmap_id = ? and position = ?")
                .params(id, position)
                .query(Long.class)
                .single();
    }

    private boolean notified(long person, long due) {
        return jdbc.sql("select count(*) from notification where person_id = ? and subject_key = ?")
                        .params(person, "roadmap-due:" + due)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String date(LocalDate date) {
        return RoadmapTestSupport.DATE.format(date);
    }
}
