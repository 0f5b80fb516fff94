package org.nastavnik.access;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
import org.nastavnik.people.PeopleService;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
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

    private final StructureService structure;
    private final PeopleService people;

    AuditReader(
            JdbcClient jdbc,
            AccessPolicy policy,
            AuditTrail trail,
            ObjectMapper json,
            StructureService structure,
            PeopleService people) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.trail = trail;
        this.json = json;
        this.structure = structure;
        this.people = people;
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
        Page<Entry> entries = new ScopedSql("audit_log", requireScope(), "unit_path")
                .and("entity_type = ?", query.entityType())
                .and("entity_id = ?", query.entityId())
                .and("action = ?", query.action())
                .and("lower(actor) like ?", actor)
                .page(jdbc, "*", "id desc", AuditEntry.class, page)
                .map(e -> new Entry(e, changes(e)));
        Names names = names(entries.getContent());
        return entries.map(e -> new Entry(
                e.record(),
                e.changes().stream()
                        .map(c -> new Change(c.key(), names.of(c.key(), c.before()), names.of(c.key(), c.after())))
                        .toList()));
    }

    /** The kinds of ids the records carry under these keys, for their names. */
    private enum IdKind {
        UNIT,
        POSITION,
        SUBJECT,
        PERSON;

        static IdKind of(String key) {
            return switch (key) {
                case "organizationId", "unitId", "partnerId" -> UNIT;
                case "positionId" -> POSITION;
                case "subjectIds" -> SUBJECT;
                case "personId" -> PERSON;
                default -> null;
            };
        }
    }

    /** Names of the ids on one page, read with one query per kind. */
    private record Names(Map<IdKind, Map<Long, String>> byKind) {

        /** The value with its ids replaced by names; an id that no longer resolves stays. */
        Object of(String key, Object value) {
            IdKind kind = IdKind.of(key);
            if (kind == null) {
                return value;
            }
            if (value instanceof List<?> list) {
                return list.stream().map(v -> of(key, v)).toList();
            }
            if (value instanceof Number id) {
                String name = byKind.get(kind).get(id.longValue());
                return name == null ? value : name;
            }
            return value;
        }
    }

    private Names names(List<Entry> entries) {
        Map<IdKind, Set<Long>> ids = new EnumMap<>(IdKind.class);
        for (IdKind kind : IdKind.values()) {
            ids.put(kind, new HashSet<>());
        }
        for (Entry entry : entries) {
            for (Change change : entry.changes()) {
                IdKind kind = IdKind.of(change.key());
                if (kind != null) {
                    collect(ids.get(kind), change.before());
                    collect(ids.get(kind), change.after());
                }
            }
        }
        Map<IdKind, Map<Long, String>> names = new EnumMap<>(IdKind.class);
        names.put(IdKind.UNIT, new HashMap<>());
        if (!ids.get(IdKind.UNIT).isEmpty()) {
            structure.byIds(ids.get(IdKind.UNIT)).forEach((id, unit) -> names.get(IdKind.UNIT)
                    .put(id, unit.shortName()));
        }
        names.put(IdKind.POSITION, ids.get(IdKind.POSITION).isEmpty() ? Map.of() : people.positionNames());
        names.put(IdKind.SUBJECT, ids.get(IdKind.SUBJECT).isEmpty() ? Map.of() : people.subjectNames());
        names.put(
                IdKind.PERSON, ids.get(IdKind.PERSON).isEmpty() ? Map.of() : people.fullNames(ids.get(IdKind.PERSON)));
        return new Names(names);
    }

    private static void collect(Set<Long> ids, Object value) {
        if (value instanceof List<?> list) {
            list.forEach(v -> collect(ids, v));
        } else if (value instanceof Number id) {
            ids.add(id.longValue());
        }
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
                .filter(k -> !Objects.equals(blankless(before.get(k)), blankless(after.get(k))))
                .map(k -> new Change(k, blankless(before.get(k)), blankless(after.get(k))))
                .collect(Collectors.toList());
    }

    /** An empty list or text is no value: «Предметы: —» is not a change worth a line. */
    private static Object blankless(Object value) {
        return value instanceof java.util.Collection<?> c && c.isEmpty()
                        || value instanceof String text && text.isEmpty()
                ? null
                : value;
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
