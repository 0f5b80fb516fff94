package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Co-executors told apart in a responsible's cell only where the cell marks them. */
class CoExecutorsTest {

    @Test
    void theMarkedOneIsResponsibleWhereverItStandsAndTheOthersAreCoExecutors() {
        assertThat(CoExecutors.split("Иванов И.И. (отв.), Петрова А.А."))
                .isEqualTo(new CoExecutors.Split("Иванов И.И.", "Петрова А.А."));
        assertThat(CoExecutors.split("Петрова А.А.; Сидоров С.С.; Иванов И.И. (ответственный)"))
                .isEqualTo(new CoExecutors.Split("Иванов И.И.", "Петрова А.А., Сидоров С.С."));
        assertThat(CoExecutors.split("Заместитель директора по УВР (Отв.)\nпедагог-психолог"))
                .isEqualTo(new CoExecutors.Split("Заместитель директора по УВР", "педагог-психолог"));
        assertThat(CoExecutors.split("Иванов И.И. (отв.)")).isEqualTo(new CoExecutors.Split("Иванов И.И.", ""));
    }

    @Test
    void whatFollowsTheLabelAreCoExecutors() {
        assertThat(CoExecutors.split("Куратор; соисполнители: педагог-психолог, наставники"))
                .isEqualTo(new CoExecutors.Split("Куратор", "педагог-психолог, наставники"));
        assertThat(CoExecutors.split("Директор\nСоисполнитель - Иванов И.И."))
                .isEqualTo(new CoExecutors.Split("Директор", "Иванов И.И."));
    }

    @Test
    void aCellThatMarksNothingIsNotGuessed() {
        assertThat(CoExecutors.split("Иванов И.И., Петрова А.А.")).isNull();
        assertThat(CoExecutors.split("Куратор совместно с педагогом-психологом"))
                .isNull();
        assertThat(CoExecutors.split("Ответственный за наставничество")).isNull();
        assertThat(CoExecutors.split("")).isNull();
        assertThat(CoExecutors.split(null)).isNull();
    }
}
