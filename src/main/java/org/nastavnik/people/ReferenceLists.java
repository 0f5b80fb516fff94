package org.nastavnik.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The positions and subjects that employment points at, kept by administrators like the catalog's
 * lists: entries are added, renamed and archived, never deleted (an archived entry stays on the
 * employments and profiles that have it and is no longer offered).
 */
@Service
@Transactional(readOnly = true)
public class ReferenceLists {

    public static final int NAME_MAX = 200;

    public enum Kind {
        POSITIONS("position"),
        SUBJECTS("subject");

        private final String table;

        Kind(String table) {
            this.table = table;
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String slug) {
            for (Kind kind : values()) {
                if (kind.slug().equals(slug)) {
                    return kind;
                }
            }
            throw new NotFoundException("reference list", slug);
        }
    }

    /** An entry with how many current employments use it; {@code pedagogical} only for positions. */
    public record Entry(long id, String name, boolean archived, boolean pedagogical, int inUse) {}

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    ReferenceLists(JdbcClient jdbc, AccessPolicy policy, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
    }

    /** Every entry, archived ones too, by name, with how many current employments use it. */
    public List<Entry> entries(Kind kind) {
        requireReader();
        String use = kind == Kind.POSITIONS
                ? "select position_id as id, count(*) as n from employment where ended_on is null group by 1"
                : "select unnest(subject_ids) as id, count(*) as n from employment where ended_on is null group by 1";
        return read(kind, " left join (" + use + ") u on u.id = r.id", "coalesce(u.n, 0)", null);
    }

    /** Every entry, archived ones too, by name: to name what records point at. */
    public List<Entry> names(Kind kind) {
        requireReader();
        return all(kind);
    }

    /** Every entry, archived ones too: the one reader of these tables (no rights needed). */
    List<Entry> all(Kind kind) {
        return read(kind, "", "0", null);
    }

    /** One entry (without its use count); 404 when there is none. */
    public Entry get(Kind kind, long id) {
        requireReader();
        return entry(kind, id);
    }

    private Entry entry(Kind kind, long id) {
        return read(kind, "", "0", id).stream().findFirst().orElseThrow(() -> new NotFoundException(kind.table, id));
    }

    private List<Entry> read(Kind kind, String join, String use, Long id) {
        String pedagogical = kind == Kind.POSITIONS ? "r.pedagogical" : "false";
        return jdbc.sql("select r.id, r.name, r.archived, " + pedagogical + " as pedagogical, " + use
                        + " as in_use from "
                        + kind.table + " r" + join + (id == null ? "" : " where r.id = " + id)
                        + " order by r.archived, r.name")
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getBoolean("archived"),
                        rs.getBoolean("pedagogical"),
                        rs.getInt("in_use")))
                .list();
    }

    public boolean mayEdit() {
        return policy.scope(Permission.EDIT_CATALOGS).everything();
    }

    @Transactional
    public long create(Kind kind, String name, boolean pedagogical) {
        requireEditor();
        String checked = check(kind, name, 0);
        long id = jdbc.sql("select nextval('" + kind.table + "_seq')")
                .query(Long.class)
                .single();
        if (kind == Kind.POSITIONS) {
            jdbc.sql("insert into position (id, name, pedagogical) values (?, ?, ?)")
                    .params(id, checked, pedagogical)
                    .update();
        } else {
            jdbc.sql("insert into subject (id, name) values (?, ?)")
                    .params(id, checked)
                    .update();
        }
        events.publishEvent(new ChangeRecorded(kind.table, id, null, "create", Map.of(), Map.of("name", checked)));
        return id;
    }

    /**
     * Renames the entry and, for a position, sets whether it is pedagogical (it decides coverage;
     * null keeps it).
     */
    @Transactional
    public void update(Kind kind, long id, String name, Boolean pedagogicalOrNull) {
        requireEditor();
        Entry before = entry(kind, id);
        String checked = check(kind, name, id);
        boolean pedagogical = pedagogicalOrNull == null ? before.pedagogical() : pedagogicalOrNull;
        jdbc.sql("update " + kind.table + " set name = ?" + (kind == Kind.POSITIONS ? ", pedagogical = ?" : "")
                        + " where id = ?")
                .params(kind == Kind.POSITIONS ? List.of(checked, pedagogical, id) : List.of(checked, id))
                .update();
        events.publishEvent(new ChangeRecorded(
                kind.table,
                id,
                null,
                "update",
                Map.of("name", before.name(), "pedagogical", before.pedagogical()),
                Map.of("name", checked, "pedagogical", kind == Kind.POSITIONS && pedagogical)));
    }

    @Transactional
    public void archive(Kind kind, long id, boolean archived) {
        requireEditor();
        Entry before = entry(kind, id);
        if (before.archived() == archived) {
            return;
        }
        jdbc.sql("update " + kind.table + " set archived = ? where id = ?")
                .params(archived, id)
                .update();
        events.publishEvent(new ChangeRecorded(
                kind.table,
                id,
                null,
                archived ? "archive" : "restore",
                Map.of("archived", before.archived()),
                Map.of("archived", archived)));
    }

    private String check(Kind kind, String name, long exceptId) {
        String trimmed = RussianText.trimToNull(name);
        if (trimmed == null) {
            throw new FieldProblem("name", "NotBlank");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new FieldProblem("name", "Size");
        }
        boolean taken = jdbc.sql("select count(*) from " + kind.table + " where lower(name) = lower(?) and id <> ?")
                        .params(trimmed, exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw new FieldProblem("name", "catalog.name.taken");
        }
        return trimmed;
    }

    private void requireReader() {
        if (policy.scope(Permission.READ).isEmpty()) {
            throw new ForbiddenException("read the reference lists");
        }
    }

    private void requireEditor() {
        if (!mayEdit()) {
            throw new ForbiddenException("change the reference lists");
        }
    }
}
