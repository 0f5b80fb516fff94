package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nastavnik.people.StaffNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people linked to activities because their responsible text names them ({@code
 * roadmap_line_person}): recognized when a roadmap is saved and whenever the text changes.
 */
@Repository
class ResponsiblePeople {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final StaffNames staff;

    ResponsiblePeople(JdbcClient jdbc, JdbcTemplate batches, StaffNames staff) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.staff = staff;
    }

    /** Links each activity to the people its responsible text names, replacing earlier links. */
    void link(long roadmapId, String ownerPath, Map<Integer, String> responsibleByPosition, LocalDate today) {
        if (responsibleByPosition.isEmpty()) {
            return;
        }
        List<StaffNames.Named> people = staff.employedUnder(ownerPath, today);
        List<StaffNames.Post> posts = staff.postsUnder(ownerPath, today);
        List<Object[]> rows = new ArrayList<>();
        responsibleByPosition.forEach((position, text) -> {
            jdbc.sql("delete from roadmap_line_person where roadmap_id = ? and position = ?")
                    .params(roadmapId, position)
                    .update();
            // a name is the more precise: «Заместитель директора по УВР Иванова И.И.» is Иванова
            java.util.Set<Long> named = ResponsibleNames.recognize(text, people);
            if (named.isEmpty()) {
                named = ResponsibleNames.recognizePosts(text, posts);
            }
            named.forEach(person -> rows.add(new Object[] {roadmapId, position, person}));
        });
        batches.batchUpdate("insert into roadmap_line_person (roadmap_id, position, person_id) values (?, ?, ?)", rows);
    }

    /** The people linked to the activity, by name. */
    List<StaffNames.Named> of(long roadmapId, int position) {
        List<Long> ids = jdbc.sql("select person_id from roadmap_line_person where roadmap_id = ? and position = ?")
                .params(roadmapId, position)
                .query(Long.class)
                .list();
        return staff.named(ids);
    }

    /** Whether the person is linked to the activity. */
    boolean isResponsible(long roadmapId, int position, Long personId) {
        return personId != null
                && jdbc.sql("select count(*) from roadmap_line_person where roadmap_id = ? and position = ?"
                                        + " and person_id = ?")
                                .params(roadmapId, position, personId)
                                .query(Long.class)
                                .single()
                        > 0;
    }
}
