package org.nastavnik.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.structure.AccessPolicy;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The append-only change audit. Each record's hash covers its content and the previous record's
 * hash, so changing or removing a record breaks the chain from there on; {@link #verify} finds
 * the first break. Appends are serialized by a transaction-scoped advisory lock.
 */
@Component
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final long LOCK_KEY = 0x4E41535441564E4BL;

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final ObjectMapper json;

    AuditTrail(JdbcClient jdbc, AccessPolicy policy, ObjectMapper json) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.json = json;
    }

    /** Written in the transaction of the change it records. */
    @EventListener
    @Transactional
    public void record(ChangeRecorded change) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
        Optional<Map<String, Object>> last =
                jdbc.sql("select id, hash from audit_log order by id desc limit 1").query().listOfRows().stream()
                        .findFirst();
        long id = last.map(row -> ((Number) row.get("id")).longValue() + 1).orElse(1L);
        String previous = last.map(row -> (String) row.get("hash")).orElse(GENESIS);
        AuditEntry entry = new AuditEntry(
                id,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                policy.actor(),
                change.entityType(),
                change.entityId(),
                change.unitPath(),
                change.action(),
                change.before().isEmpty() ? null : json.writeValueAsString(change.before()),
                change.after().isEmpty() ? null : json.writeValueAsString(change.after()),
                previous,
                null);
        jdbc.sql("insert into audit_log (id, at, actor, entity_type, entity_id, unit_path, action, before_json,"
                        + " after_json, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        entry.id(),
                        java.sql.Timestamp.from(entry.at()),
                        entry.actor(),
                        entry.entityType(),
                        entry.entityId(),
                        entry.unitPath(),
                        entry.action(),
                        entry.beforeJson(),
                        entry.afterJson(),
                        previous,
                        hash(entry))
                .update();
    }

    /** The id of the first record whose hash does not match, or empty when the chain is whole. */
    @Transactional(readOnly = true)
    public Optional<Long> verify() {
        String previous = GENESIS;
        long expectedId = 1;
        for (AuditEntry entry : jdbc.sql("select * from audit_log order by id")
                .query(AuditEntry.class)
                .list()) {
            if (entry.id() != expectedId
                    || !entry.prevHash().equals(previous)
                    || !hash(entry).equals(entry.hash())) {
                return Optional.of(entry.id());
            }
            previous = entry.hash();
            expectedId++;
        }
        return Optional.empty();
    }

    /** The records of one entity, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> of(String entityType, long entityId) {
        return jdbc.sql("select * from audit_log where entity_type = ? and entity_id = ? order by id desc")
                .params(entityType, entityId)
                .query(AuditEntry.class)
                .list();
    }

    static String hash(AuditEntry entry) {
        String content = String.join(
                "\u001f",
                String.valueOf(entry.id()),
                entry.at().truncatedTo(ChronoUnit.MICROS).toString(),
                entry.actor(),
                entry.entityType(),
                String.valueOf(entry.entityId()),
                String.valueOf(entry.unitPath()),
                entry.action(),
                String.valueOf(entry.beforeJson()),
                String.valueOf(entry.afterJson()),
                entry.prevHash());
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
