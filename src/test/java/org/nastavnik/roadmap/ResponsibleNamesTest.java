package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.people.StaffNames.Post;

/** Positions and role words written in a responsible column name the one or two people who hold them. */
class ResponsibleNamesTest {

    static final ResponsibleNames.Posts POSTS = ResponsibleNames.Posts.of(List.of(
            new Post(1, "Директор"),
            new Post(2, "Заместитель директора по УВР"),
            new Post(3, "Учитель"),
            new Post(4, "Учитель"),
            new Post(5, "Учитель"),
            new Post(6, "Педагог-психолог")));

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

    /** The roles granted at the owner organization: one curator, one head, one psychologist, five mentors. */
    static final ResponsibleNames.RoleHolders ROLES = role -> Map.of(
                    "CURATOR", List.of(10L),
                    "HEAD", List.of(1L, 11L),
                    "PSYCHOLOGIST", List.of(12L),
                    "MENTOR", List.of(20L, 21L, 22L, 23L, 24L))
            .getOrDefault(role, List.of());

    @Test
    void aRoleWordNamesTheHolderOfItsPositionOrElseOfItsRole() {
        assertThat(ResponsibleNames.recognizeRoles("Куратор", POSTS, ROLES)).containsExactly(10L);
        assertThat(ResponsibleNames.recognizeRoles("куратор программы наставничества", POSTS, ROLES))
                .containsExactly(10L);
        // the position is the more precise: a deputy may hold the HEAD role too
        assertThat(ResponsibleNames.recognizeRoles("Директор", POSTS, ROLES)).containsExactly(1L);
        assertThat(ResponsibleNames.recognizeRoles("Руководитель ОО", POSTS, ROLES))
                .containsExactly(1L);
        assertThat(ResponsibleNames.recognizeRoles("Зам. директора по УВР", POSTS, ROLES))
                .containsExactly(2L);
        assertThat(ResponsibleNames.recognizeRoles(
                        "заместитель директора по учебно-воспитательной работе", POSTS, ROLES))
                .containsExactly(2L); // «по УВР» written out
        assertThat(ResponsibleNames.recognizeRoles("Педагог-психолог", POSTS, ROLES))
                .containsExactly(6L);
        assertThat(ResponsibleNames.recognizeRoles("Педагог-психолог", ResponsibleNames.Posts.of(List.of()), ROLES))
                .containsExactly(12L);
        // without the position, two holders of the HEAD role are a director and a deputy: nobody is guessed
        assertThat(ResponsibleNames.recognizeRoles("Директор", ResponsibleNames.Posts.of(List.of()), ROLES))
                .isEmpty();
        assertThat(ResponsibleNames.recognizeRoles(
                        "Директор", ResponsibleNames.Posts.of(List.of()), role -> List.of(1L)))
                .containsExactly(1L);
    }

    @Test
    void pluralsRolesManyHoldAndWordsInsideOthersNameNobody() {
        assertThat(ResponsibleNames.recognizeRoles("Наставник", POSTS, ROLES)).isEmpty(); // five mentors
        assertThat(ResponsibleNames.recognizeRoles("Наставники", POSTS, ROLES)).isEmpty();
        assertThat(ResponsibleNames.recognizeRoles("Кураторы", POSTS, ROLES)).isEmpty();
        assertThat(ResponsibleNames.recognizeRoles("все педагоги", POSTS, ROLES))
                .isEmpty();
        assertThat(ResponsibleNames.recognizeRoles("Заместитель директора", POSTS, ROLES))
                .isEmpty();
        assertThat(ResponsibleNames.recognizeRoles("Психолог", POSTS, ROLES)).isEmpty();
        assertThat(ResponsibleNames.recognizeRoles("Приказ директора", POSTS, ROLES))
                .isEmpty();
        assertThat(ResponsibleNames.recognizeRoles(null, POSTS, ROLES)).isEmpty();
        assertThat(ResponsibleNames.recognizeRoles("Наставник", POSTS, role -> List.of(30L)))
                .containsExactly(30L);
    }

    @Test
    void eachPartOfTheTextNamesByNameOrElseByItsRole() {
        List<org.nastavnik.people.StaffNames.Named> people =
                List.of(new org.nastavnik.people.StaffNames.Named(40, "Иванова", "Ирина", "Петровна"));

        assertThat(ResponsiblePeople.named("Заместитель директора по УВР Иванова И.П.", people, POSTS, ROLES))
                .containsExactly(40L);
        assertThat(ResponsiblePeople.named("Иванова И.П., куратор", people, POSTS, ROLES))
                .containsExactly(40L, 10L);
        assertThat(ResponsiblePeople.named("Директор; педагог-психолог", people, POSTS, ROLES))
                .containsExactly(1L, 6L);
    }
}
