package org.nastavnik.roadmap;

import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of the lines of roadmaps ({@code roadmap_line_change}), one row per changed field. */
@Repository
class LineHistory {

    private final JdbcClient jdbc;

    LineHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the change of one field unless the value stayed the same. */
    void record(long roadmapId, int position, LineField field, String before, String after, String actor) {
        if (Objects.equals(before, after)) {
            return;
        }
        jdbc.sql("insert into roadmap_line_change (id, roadmap_id, position, field, before_text, after_text,"
                        + " changed_by) values (nextval('roadmap_line_change_seq'), ?, ?, ?, ?, ?, ?)")
                .params(roadmapId, position, field.name(), before, after, actor)
                .update();
    }

    /** The changes of an activity, newest first. */
    List<LineChange> of(long roadmapId, int position) {
        return jdbc.sql("select field, before_text, after_text, changed_by, changed_at from roadmap_line_change"
                        + " where roadmap_id = ? and position = ? order by id desc")
                .params(roadmapId, position)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("changed_at");
                    return new LineChange(
                            LineField.valueOf(rs.getString("field")),
                            rs.getString("before_text"),
                            rs.getString("after_text"),
                            rs.getString("changed_by"),
                            at.toInstant());
                })
                .list();
    }
}
