package org.nastavnik.roadmap;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evidence ({@code roadmap_evidence}) of due dates and of organizations' fulfilments of requirements;
 * files are kept in the database.
 */
@Repository
class EvidenceStore {

    private static final String COLUMNS =
            "id, due_id, url, note, file_name, content_type, size_bytes, order_id, order_label, created_by, created_at";

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds evidence of a due date; its id. */
    long add(long dueId, EvidenceDraft draft, Long orderId, String orderLabel, String actor) {
        return insert("due_id", dueId, draft, orderId, orderLabel, actor);
    }

    /** Adds evidence of an organization's fulfilment of a requirement; its id. */
    long addToFulfilment(long fulfilmentId, EvidenceDraft draft, Long orderId, String orderLabel, String actor) {
        return insert("fulfilment_id", fulfilmentId, draft, orderId, orderLabel, actor);
    }

    /** @param owner the column of what the evidence is of: {@code due_id} or {@code fulfilment_id} */
    private long insert(
            String owner, long ownerId, EvidenceDraft draft, Long orderId, String orderLabel, String actor) {
        long id = jdbc.sql("select nextval('roadmap_evidence_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("insert into roadmap_evidence (id, " + owner + ", url, note, file_name, content_type, size_bytes,"
                        + " content, order_id, order_label, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        ownerId,
                        draft.url(),
                        draft.note(),
                        draft.fileName(),
                        draft.contentType(),
                        draft.content() == null ? null : (long) draft.content().length,
                        draft.content(),
                        orderId,
                        orderLabel,
                        actor)
                .update();
        return id;
    }

    List<Evidence> of(long dueId) {
        return jdbc.sql("select " + COLUMNS + " from roadmap_evidence where due_id = ? order by created_at, id")
                .param(dueId)
                .query((rs, n) -> new Evidence(
                        rs.getLong("id"),
                        rs.getLong("due_id"),
                        rs.getString("url"),
                        rs.getString("note"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getObject("size_bytes", Long.class),
                        rs.getObject("order_id", Long.class),
                        rs.getString("order_label"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The evidence of a fulfilment, oldest first. */
    List<CascadeEvidence> ofFulfilment(long fulfilmentId) {
        return jdbc.sql("select id, url, note, file_name, size_bytes, order_id, order_label, created_by, created_at"
                        + " from roadmap_evidence where fulfilment_id = ? order by created_at, id")
                .param(fulfilmentId)
                .query((rs, n) -> new CascadeEvidence(
                        rs.getLong("id"),
                        rs.getString("url"),
                        rs.getString("note"),
                        rs.getString("file_name"),
                        rs.getObject("size_bytes", Long.class),
                        rs.getObject("order_id", Long.class),
                        rs.getString("order_label"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** A stored file with the roadmap it belongs to, for the scope check. */
    record StoredFile(long roadmapId, String name, String contentType, byte[] content) {}

    Optional<StoredFile> file(long evidenceId) {
        return jdbc.sql("select d.roadmap_id, e.file_name, e.content_type, e.content"
                        + " from roadmap_evidence e join roadmap_due d on d.id = e.due_id"
                        + " where e.id = ? and e.content is not null")
                .param(evidenceId)
                .query((rs, n) -> new StoredFile(
                        rs.getLong("roadmap_id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }
}
