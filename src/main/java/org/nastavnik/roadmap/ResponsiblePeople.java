package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nastavnik.people.StaffNames;
import org.nastavnik.structure.PermissionHolders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people linked to activities because their responsible text names them ({@code
 * roadmap_line_person}): by name, position or role word ({@link ResponsibleNames}), recognized when a
 * roadmap is saved and whenever the text changes.
 */
@Repository
class ResponsiblePeople {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final StaffNames staff;
    private final PermissionHolders holders;

    /** The parts of a responsible text that each name somebody: «Директор, Иванова И.И.; куратор». */
    private static final Pattern PARTS = Pattern.compile("[,;\\n]");

    ResponsiblePeople(JdbcClient jdbc, JdbcTemplate batches, StaffNames staff, PermissionHolders holders) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.staff = staff;
        this.holders = holders;
    }

    /** Links each activity to the people its responsible text names, replacing earlier links. */
    void link(long roadmapId, String ownerPath, Map<Integer, String> responsibleByPosition, LocalDate today) {
        if (responsibleByPosition.isEmpty()) {
            return;
        }
        List<StaffNames.Named> people = staff.employedUnder(ownerPath, today);
        ResponsibleNames.Posts posts = ResponsibleNames.Posts.of(staff.postsUnder(ownerPath, today));
        // roles granted at the owner itself: a municipality's roadmap names no school's curator
        Map<String, List<Long>> roles = new HashMap<>();
        ResponsibleNames.RoleHolders roleHolders =
                role -> roles.computeIfAbsent(role, r -> holders.holdingRole(r, ownerPath));
        jdbc.sql("delete from roadmap_line_person where roadmap_id = ? and position = any(?::int[])")
                .params(roadmapId, responsibleByPosition.keySet().toArray(Integer[]::new))
                .update();
        List<Object[]> rows = new ArrayList<>();
        responsibleByPosition.forEach((position, text) -> named(text, people, posts, roleHolders)
                .forEach(person -> rows.add(new Object[] {roadmapId, position, person})));
        batches.batchUpdate("insert into roadmap_line_person (roadmap_id, position, person_id) values (?, ?, ?)", rows);
    }

    /**
     * The people each part of the text names: by name where it writes one (the more precise:
     * «Заместитель директора по УВР Иванова И.И.» is Иванова), else by the position or role it writes.
     */
    static Set<Long> named(
            String text,
            List<StaffNames.Named> people,
            ResponsibleNames.Posts posts,
            ResponsibleNames.RoleHolders roles) {
        Set<Long> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        for (String part : PARTS.split(text)) {
            Set<Long> named = ResponsibleNames.recognize(part, people);
            if (named.isEmpty()) {
                named = ResponsibleNames.recognizePosts(part, posts);
                named.addAll(ResponsibleNames.recognizeRoles(part, posts, roles));
            }
            found.addAll(named);
        }
        return found;
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
