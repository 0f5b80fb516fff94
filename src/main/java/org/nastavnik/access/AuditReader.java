package org.nastavnik.access;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.Reference;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
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
        return new ScopedSql("audit_log", requireScope(), "unit_path")
                .and("entity_type = ?", query.entityType())
                .and("entity_id = ?", query.entityId())
                .and("action = ?", query.action())
                .and("lower(actor) like ?", actor)
                .page(jdbc, "*", "id desc", AuditEntry.class, page)
                .map(e -> new Entry(e, changes(e)))
                .map(named());
    }

    /** Keys whose values are ids of units, positions, subjects or people. */
    private static final Set<String> UNIT_KEYS = Set.of("organizationId", "unitId", "partnerId");

    /**
     * Replaces the ids in a page's changes by names (a unit's short name, a position, subjects, a
     * person's full name); an id that no longer resolves stays as it is.
     */
    private Function<Entry, Entry> named() {
        Map<String, Map<Long, String>> names = new HashMap<>();
        return entry -> new Entry(
                entry.record(),
                entry.changes().stream()
                        .map(c ->
                                new Change(c.key(), name(c.key(), c.before(), names), name(c.key(), c.after(), names)))
                        .toList());
    }

    private Object name(String key, Object value, Map<String, Map<Long, String>> cache) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> name(key, v, cache)).toList();
        }
        if (!(value instanceof Number number)) {
            return value;
        }
        long id = number.longValue();
        String kind = UNIT_KEYS.contains(key)
                ? "unit"
                : switch (key) {
                    case "positionId" -> "position";
                    case "subjectIds" -> "subject";
                    case "personId" -> "person";
                    default -> null;
                };
        if (kind == null) {
            return value;
        }
        Map<Long, String> names = cache.computeIfAbsent(kind, k -> new HashMap<>());
        if (!names.containsKey(id)) {
            names.put(id, lookUp(kind, id));
        }
        String name = names.get(id);
        return name == null ? value : name;
    }

    private String lookUp(String kind, long id) {
        return switch (kind) {
            case "unit" ->
                structure.byIds(List.of(id)).values().stream()
                        .map(UnitView::shortName)
                        .findFirst()
                        .orElse(null);
            case "position" -> reference(people.positions(), id);
            case "subject" -> reference(people.subjects(), id);
            default -> people.fullNames(List.of(id)).get(id);
        };
    }

    private static String reference(List<Reference> references, long id) {
        return references.stream()
                .filter(r -> r.id() == id)
                .map(Reference::name)
                .findFirst()
                .orElse(null);
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
