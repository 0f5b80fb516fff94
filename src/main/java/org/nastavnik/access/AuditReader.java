package org.nastavnik.access;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The change audit as people read it: newest first, filtered, within the caller's {@link
 * Permission#VIEW_AUDIT} scope (records of units in their subtree; records without a unit only for
 * administrators), each with the keys that changed. Only administrators verify the chain.
 */
@Service
@Transactional(readOnly = true)
public class AuditReader {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditTrail trail;
    private final ObjectMapper json;

    AuditReader(JdbcClient jdbc, AccessPolicy policy, AuditTrail trail, ObjectMapper json) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.trail = trail;
        this.json = json;
    }

    /**
     * The filters of the audit page; null means any.
     *
     * @param actor the user name of who acted, or its beginning
     */
    public record Query(String entityType, Long entityId, String actor, String action) {}

    /** One record with the values that changed, in the order the record lists them. */
    public record Entry(AuditEntry record, List<Change> changes) {}

    /** One key of a record: its value before and after (null where there was none). */
    public record Change(String key, Object before, Object after) {}

    public Page<Entry> search(Query query, Pageable page) {
        String actor = query.actor() == null || query.actor().isBlank()
                ? null
                : query.actor().strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "") + "%";
        return new ScopedSql("audit_log", requireScope(), "unit_path")
                .and("entity_type = ?", query.entityType())
                .and("entity_id = ?", query.entityId())
                .and("action = ?", query.action())
                .and("lower(actor) like ?", actor)
                .page(jdbc, "*", "id desc", AuditEntry.class, page)
                .map(e -> new Entry(e, changes(e)));
    }

    /** The kinds of records and actions there are, for the filters. */
    public Map<String, List<String>> filterValues() {
        requireScope();
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("entityTypes", distinct("entity_type"));
        values.put("actions", distinct("action"));
        return values;
    }

    /** Whether the caller may verify the chain (administrators, whose scope is everything). */
    public boolean mayVerify() {
        return policy.scope(Permission.VIEW_AUDIT).everything();
    }

    /** The id of the first broken record, or empty when the chain is whole; administrators only. */
    public Optional<Long> verify() {
        if (!mayVerify()) {
            throw new ForbiddenException("verify the audit chain");
        }
        return trail.verify();
    }

    List<Change> changes(AuditEntry entry) {
        Map<String, Object> before = parse(entry.beforeJson());
        Map<String, Object> after = parse(entry.afterJson());
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .map(k -> new Change(k, before.get(k), after.get(k)))
                .collect(Collectors.toList());
    }

    private Map<String, Object> parse(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> values = json.readValue(text, MAP);
            return values == null ? Map.of() : values;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private List<String> distinct(String column) {
        return jdbc.sql("select distinct " + column + " from audit_log order by 1")
                .query(String.class)
                .list();
    }

    private Scope requireScope() {
        Scope scope = policy.scope(Permission.VIEW_AUDIT);
        if (scope.isEmpty()) {
            throw new ForbiddenException("read the audit");
        }
        return scope;
    }
}
