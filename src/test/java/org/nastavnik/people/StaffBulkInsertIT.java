package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.nastavnik.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The staff import's COPY: what it writes is what the rows hold, and a clash rolls all back. */
@IntegrationTest
class StaffBulkInsertIT {

    @Autowired
    StaffBulkInsert inserts;

    @Autowired
    StructureService structure;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writesEveryFieldAsGivenEscapingWhatCopyTreatsSpecially() {
        UnitView school = school();
        StaffRow awkward = row(
                new PersonData(
                        "Тестова\\Копи\u2019\r\n\uD83D\uDE00",
                        "Анна\tМария",
                        null,
                        LocalDate.of(1990, 3, 15),
                        "copy-1@example.ru",
                        null,
                        null),
                school,
                List.of(),
                null);
        StaffRow plain = row(
                new PersonData(
                        "Копиров", "Пётр", "Ильич", null, "copy-2@example.ru", "+7 900 000-00-00", "98765432183"),
                school,
                List.of(1L, 2L),
                LocalDate.of(2015, 9, 1));

        transaction.executeWithoutResult(status -> inserts.insert(List.of(awkward, plain), school));

        Map<String, Object> first = person("copy-1@example.ru");
        assertThat(first)
                .containsEntry("last_name", "Тестова\\Копи\u2019\r\n\uD83D\uDE00")
                .containsEntry("first_name", "Анна\tМария")
                .containsEntry("middle_name", null)
                .containsEntry("phone", null)
                .containsEntry("sort_key", awkward.nameKey())
                .containsEntry("search_text", awkward.nameKey());
        assertThat(first.get("birth_date").toString()).isEqualTo("1990-03-15");
        assertThat(first).containsEntry("subjects", "{}").containsEntry("since", null);
        Map<String, Object> second = person("copy-2@example.ru");
        assertThat(second)
                .containsEntry("middle_name", "Ильич")
                .containsEntry("snils", "98765432183")
                .containsEntry("subjects", "{1,2}")
                .containsEntry("organization_path", school.path())
                .containsEntry("qualification", "FIRST");
        assertThat(second.get("since").toString()).isEqualTo("2015-09-01");

        inserts.tidy();
        assertThat(jdbc.sql("select count(*) from person where search_text like ?")
                        .param("%" + plain.nameKey().substring(0, 6) + "%")
                        .query(Long.class)
                        .single())
                .as("found through the names' index once its pending entries are merged")
                .isPositive();
    }

    @Test
    void aPersonSavedMeanwhileRefusesTheWholeChunk() {
        UnitView school = school();
        StaffRow first = row(
                new PersonData("Первова", "Ольга", null, null, "copy-3@example.ru", null, null),
                school,
                List.of(),
                null);
        StaffRow taken = row(
                new PersonData("Вторая", "Ольга", null, null, "copy-4@example.ru", null, null),
                school,
                List.of(),
                null);
        transaction.executeWithoutResult(status -> inserts.insert(List.of(taken), school));

        assertThatThrownBy(
                        () -> transaction.executeWithoutResult(status -> inserts.insert(List.of(first, taken), school)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from person where email = 'copy-3@example.ru'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private UnitView school() {
        long id = jdbc.sql("select id from unit where level = 'ORGANIZATION' and not archived order by id limit 1")
                .query(Long.class)
                .single();
        return structure.find(id).orElseThrow();
    }

    private static StaffRow row(PersonData person, UnitView school, List<Long> subjects, LocalDate since) {
        return new StaffRow(
                1, person, new EmploymentData(school.id(), 1, subjects, since, since, Qualification.FIRST, null, null));
    }

    private Map<String, Object> person(String email) {
        return jdbc.sql("select p.*, e.subject_ids::text as subjects, e.pedagogical_since as since,"
                        + " e.organization_path, e.qualification from person p join employment e on e.person_id = p.id"
                        + " where p.email = ?")
                .param(email)
                .query()
                .singleRow();
    }
}
