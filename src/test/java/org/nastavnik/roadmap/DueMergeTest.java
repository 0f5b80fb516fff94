package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nastavnik.roadmap.ProgressTest.TODAY;
import static org.nastavnik.roadmap.ProgressTest.date;

import java.util.List;
import org.junit.jupiter.api.Test;

class DueMergeTest {

    @Test
    void datesThatRemainKeepTheirRowsNewOnesAreAddedOthersRemoved() {
        DueDate done = date(1, TODAY.minusDays(5), DueStatus.DONE, 1);
        DueDate planned = date(2, TODAY.plusDays(5), DueStatus.PLANNED, 0);

        DueMerge merge = DueMerge.of(List.of(done, planned), List.of(TODAY.minusDays(5), TODAY.plusDays(9)));

        assertThat(merge.added()).containsExactly(TODAY.plusDays(9));
        assertThat(merge.removed()).containsExactly(planned);
        assertThat(merge.tracked()).isEmpty();
        assertThat(merge.addUndated()).isFalse();
    }

    @Test
    void removingAMarkedDateOrOneWithEvidenceIsReportedAsTracked() {
        DueDate done = date(1, TODAY.minusDays(5), DueStatus.DONE, 0);
        DueDate withEvidence = date(2, TODAY.plusDays(5), DueStatus.PLANNED, 1);
        DueDate plain = date(3, TODAY.plusDays(6), DueStatus.PLANNED, 0);

        DueMerge merge = DueMerge.of(List.of(done, withEvidence, plain), List.of(TODAY.plusDays(30)));

        assertThat(merge.tracked()).containsExactly(done, withEvidence);
    }

    @Test
    void anActivityLeftWithoutDatesGetsItsUndatedRowAndLosesItWhenDatesCome() {
        DueDate dated = date(1, TODAY.plusDays(5), DueStatus.PLANNED, 0);
        DueDate undated = date(2, null, DueStatus.PLANNED, 0);

        DueMerge toNone = DueMerge.of(List.of(dated), List.of());
        DueMerge toDates = DueMerge.of(List.of(undated), List.of(TODAY.plusDays(1)));
        DueMerge stillNone = DueMerge.of(List.of(undated), List.of());

        assertThat(toNone.addUndated()).isTrue();
        assertThat(toNone.removed()).containsExactly(dated);
        assertThat(toDates.removed()).containsExactly(undated);
        assertThat(toDates.added()).containsExactly(TODAY.plusDays(1));
        assertThat(stillNone.addUndated()).isFalse();
        assertThat(stillNone.removed()).isEmpty();
    }
}
