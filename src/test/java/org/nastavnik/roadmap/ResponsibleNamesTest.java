package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.people.StaffNames.Post;

/** Positions written in a responsible column name the one or two people who hold them. */
class ResponsibleNamesTest {

    static final List<Post> POSTS = List.of(
            new Post(1, "Директор"),
            new Post(2, "Заместитель директора по УВР"),
            new Post(3, "Учитель"),
            new Post(4, "Учитель"),
            new Post(5, "Учитель"),
            new Post(6, "Педагог-психолог"));

    @Test
    void aPositionWrittenOutNamesItsHolder() {
        assertThat(ResponsibleNames.recognizePosts("Директор", POSTS)).containsExactly(1L);
        assertThat(ResponsibleNames.recognizePosts("заместитель  директора по УВР, куратор", POSTS))
                .containsExactly(2L);
        assertThat(ResponsibleNames.recognizePosts("Педагог-психолог, классные руководители", POSTS))
                .containsExactly(6L);
    }

    @Test
    void aPartOfAPositionOrOneManyHoldNamesNobody() {
        assertThat(ResponsibleNames.recognizePosts("Заместитель директора", POSTS))
                .isEmpty();
        assertThat(ResponsibleNames.recognizePosts("Психолог", POSTS)).isEmpty();
        assertThat(ResponsibleNames.recognizePosts("Учитель", POSTS)).isEmpty();
        assertThat(ResponsibleNames.recognizePosts(null, POSTS)).isEmpty();
    }
}
