package org.nastavnik.mentorship.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a mentor's accepted mentees of a proposal become drafts. */
class ProposalPartsTest {

    @Test
    void theCheckedGroupIsOneDraftAndTheOthersArePairs() {
        assertThat(MatchingPagesController.parts(List.of(1L, 2L, 3L), "1,2"))
                .containsExactly(List.of(1L, 2L), List.of(3L));
    }

    @Test
    void aGroupLeftWithOneMenteeAfterASwapIsAPair() {
        assertThat(MatchingPagesController.parts(List.of(1L, 3L), "1,2")).containsExactly(List.of(1L), List.of(3L));
    }

    @Test
    void withoutAGroupOrWithGarbageEachMenteeIsAPair() {
        assertThat(MatchingPagesController.parts(List.of(1L, 2L), null)).containsExactly(List.of(1L), List.of(2L));
        assertThat(MatchingPagesController.parts(List.of(1L, 2L), "x,,99999999999999999999"))
                .containsExactly(List.of(1L), List.of(2L));
    }
}
