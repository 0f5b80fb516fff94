package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static DueDate date(long id, LocalDate dueOn, DueStatus stored, int evidence) {
        return new DueDate(
                id,
                1,
                2,
                "1.1",
                "1",
                "activity",
                dueOn,
                DueStatus.shown(stored, dueOn, TODAY),
                null,
                null,
                null,
                0,
                evidence);
    }

    @Test
    void aPlannedDateBeforeTodayIsOverdueButNotOnItsDayNorWithoutADate() {
        assertThat(DueStatus.shown(DueStatus.PLANNED, TODAY.minusDays(1), TODAY))
                .isEqualTo(DueStatus.OVERDUE);
        assertThat(DueStatus.shown(DueStatus.PLANNED, TODAY, TODAY)).isEqualTo(DueStatus.PLANNED);
        assertThat(DueStatus.shown(DueStatus.PLANNED, null, TODAY)).isEqualTo(DueStatus.PLANNED);
        assertThat(DueStatus.shown(DueStatus.DONE, TODAY.minusDays(1), TODAY)).isEqualTo(DueStatus.DONE);
    }

    @Test
    void doneAndNotApplicableCountAsClosedToDateAndInAll() {
        Progress progress = Progress.of(
                List.of(
                        date(1, TODAY.minusDays(30), DueStatus.DONE, 0),
                        date(2, TODAY.minusDays(20), DueStatus.NOT_APPLICABLE, 0),
                        date(3, TODAY.minusDays(10), DueStatus.PLANNED, 0),
                        date(4, TODAY, DueStatus.PLANNED, 0),
                        date(5, TODAY.plusDays(10), DueStatus.DONE, 0),
                        date(6, null, DueStatus.PLANNED, 0)),
                TODAY);

        assertThat(progress).isEqualTo(new Progress(2, 4, 3, 6));
        assertThat(progress.percentToDate()).isEqualTo(50);
        assertThat(progress.percent()).isEqualTo(50);
    }

    @Test
    void nothingDueYetIsAHundredPercentToDate() {
        Progress progress = Progress.of(List.of(date(1, TODAY.plusDays(3), DueStatus.PLANNED, 0)), TODAY);

        assertThat(progress.percentToDate()).isEqualTo(100);
        assertThat(progress.percent()).isZero();
    }
}
