package org.nastavnik.roadmap;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.common.Violation;
import org.nastavnik.document.OrderView;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitType;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cascade of roadmaps (issue 5, §4). An activity of a region's or municipality's roadmap (draft
 * or approved) is required of every educational organization under the owner unit, optionally only
 * of some types, by a date; set by those who keep the owner unit's roadmaps. Each organization
 * fulfils it — marked by those who keep the organization's roadmaps, read by those who read the
 * organization — and the coordinator reads the matrix of organizations × requirements in their
 * scope. An organization sees the requirements addressed to it even though it cannot read the
 * higher roadmap itself.
 */
@Service
@Transactional(readOnly = true)
public class CascadeService {

    static final String REQUIREMENT_COLUMNS = "q.id, q.roadmap_id, q.position, l.number, l.activity, r.title,"
            + " u.short_name, q.due_on, q.kind, q.org_types, q.version, q.owner_path, q.withdrawn_at, q.withdrawn_by,"
            + " q.withdrawn_reason";
    static final String REQUIREMENT_FROM = " from roadmap_requirement q"
            + " join roadmap_line l on l.roadmap_id = q.roadmap_id and l.position = q.position"
            + " join roadmap r on r.id = q.roadmap_id join unit u on u.id = r.owner_unit_id";
    /** The educational unit types as an SQL list: {@code ('SCHOOL', …)}. */
    static final String EDUCATIONAL = UnitType.educationalTypes().stream()
            .map(t -> "'" + t.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** An organization {@code o} a requirement {@code q} applies to by path and type. */
    static final String APPLIES =
            "o.path like q.owner_path || '%' and (q.org_types is null or o.type = any(q.org_types))";

    /** The id of the organization's approved roadmap that meets a ROADMAP requirement {@code q}, or null. */
    static final String APPROVED_ROADMAP = "(select a.id from roadmap a where q.kind = 'ROADMAP' and a.owner_unit_id"
            + " = o.id and a.status in ('APPROVED', 'ARCHIVED') and a.period_to >= q.due_on"
            + " order by a.period_to desc, a.id desc limit 1)";

    private final JdbcClient jdbc;
    private final StructureService structure;
    private final RoadmapAccess access;
    private final OrderEvidence orderEvidence;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;

    CascadeService(
            JdbcClient jdbc,
            StructureService structure,
            RoadmapAccess access,
            OrderEvidence orderEvidence,
            EvidenceStore evidence,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.structure = structure;
        this.access = access;
        this.orderEvidence = orderEvidence;
        this.evidence = evidence;
        this.events = events;
    }

    /** A requirement with the owner path it applies under. */
    record Placed(Requirement requirement, String ownerPath) {}

    // ---------------------------------------------------------------- requirements

    /** The requirements set on a roadmap's activities, by position; 404 outside the caller's scope. */
    public Map<Integer, Requirement> requirements(long roadmapId) {
        access.readable(roadmapId);
        Map<Integer, Requirement> byPosition = new LinkedHashMap<>();
        jdbc.sql("select " + REQUIREMENT_COLUMNS + REQUIREMENT_FROM
                        + " where q.roadmap_id = ? order by l.ordinal, q.position")
                .param(roadmapId)
                .query((rs, n) -> placed(rs).requirement())
                .list()
                .forEach(q -> byPosition.put(q.position(), q));
        return byPosition;
    }

    /** Whether the caller may require activities of this roadmap of its organizations. */
    public boolean mayRequire(long roadmapId) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        return access.mayEdit(header.ownerPath()) && cascades(header);
    }

    /**
     * Requires the activity at {@code position} of every organization in scope, or changes the
     * requirement already set (then {@code version} must be the one read: 409 otherwise). Refuses
     * with 403 a caller who does not keep the roadmap, and with a {@link FieldProblem} a section, a
     * roadmap of an organization or an archived one, a missing date or a type that is not of an
     * educational organization.
     */
    @Transactional
    public Requirement require(long roadmapId, int position, RequirementDraft draft) {
        RoadmapAccess.Header header = access.readable(roadmapId);
        access.requireEdit(header.ownerPath());
        List<Violation> problems = new ArrayList<>();
        if (!cascades(header)) {
            problems.add(new Violation("dueOn", "roadmap.cascade.notCascading"));
        }
        Boolean section = jdbc.sql("select section from roadmap_line where roadmap_id = ? and position = ?")
                .params(roadmapId, position)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("roadmap item", position));
        if (section) {
            throw new NotFoundException("roadmap item", position);
        }
        if (draft.dueOn() == null) {
            problems.add(new Violation("dueOn", "roadmap.cascade.dueOn.required"));
        } else if (draft.dueOn().getYear() < 2000
                || draft.dueOn().isAfter(header.periodTo().plusYears(5))) {
            problems.add(new Violation("dueOn", "roadmap.cascade.dueOn.range"));
        }
        if (draft.types().stream().anyMatch(t -> t == null || !t.educational())) {
            problems.add(new Violation("types", "roadmap.cascade.types.invalid"));
        }
        Optional<Placed> existing = placed(roadmapId, position);
        if (existing.isPresent() && existing.get().requirement().withdrawn()) {
            problems.add(new Violation("dueOn", "roadmap.cascade.withdrawn.restoreFirst"));
        }
        FieldProblem.requireNone(problems);
        String[] types = draft.types().isEmpty()
                ? null
                : draft.types().stream().distinct().map(Enum::name).toArray(String[]::new);
        long id;
        if (existing.isEmpty()) {
            id = jdbc.sql("select nextval('roadmap_requirement_seq')")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into roadmap_requirement (id, roadmap_id, position, owner_path, org_types, due_on, kind,"
                            + " changed_by) values (?, ?, ?, ?, ?::varchar[], ?, ?, ?)")
                    .params(
                            id,
                            roadmapId,
                            position,
                            header.ownerPath(),
                            types,
                            draft.dueOn(),
                            draft.kind().name(),
                            access.actor())
                    .update();
        } else {
            id = existing.get().requirement().id();
            if (draft.version() == null) {
                throw new FieldProblem("version", "NotNull");
            }
            int updated = jdbc.sql("update roadmap_requirement set org_types = ?::varchar[], due_on = ?, kind = ?,"
                            + " changed_by = ?, changed_at = now(), version = version + 1 where id = ? and version = ?")
                    .params(types, draft.dueOn(), draft.kind().name(), access.actor(), id, draft.version())
                    .update();
            if (updated == 0) {
                throw new ConcurrentChangeException("requirement", id);
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("roadmapId", roadmapId);
        after.put("position", position);
        after.put("dueOn", draft.dueOn().toString());
        after.put("kind", draft.kind().name());
        after.put("types", types == null ? List.of() : List.of(types));
        events.publishEvent(new ChangeRecorded(
                "roadmap_requirement",
                id,
                header.ownerPath(),
                existing.isEmpty() ? "create" : "update",
                Map.of(),
                after));
        return placed(roadmapId, position).orElseThrow().requirement();
    }

    /**
     * Withdraws a requirement with a reason: it leaves the matrix and the organizations' lists, but
     * its fulfilments and their evidence are kept, and who withdrew it, when and why is recorded (and
     * shown among the withdrawn ones) until it is {@link #restore restored}. 404 outside the caller's
     * scope of roadmaps, 403 for a reader who does not keep the requiring roadmap, 409 when the
     * version read is stale; a requirement already withdrawn is refused on {@code reason}, naming
     * who withdrew it.
     */
    @Transactional
    public Requirement withdraw(long requirementId, String reason, Long version) {
        Placed placed = managed(requirementId);
        Requirement requirement = placed.requirement();
        String why = RussianText.trimToNull(reason);
        List<Violation> problems = new ArrayList<>();
        if (requirement.withdrawn()) {
            problems.add(new Violation(
                    "reason",
                    "roadmap.cascade.withdraw.already",
                    requirement.withdrawal().by(),
                    ExportTexts.date(
                            LocalDate.ofInstant(requirement.withdrawal().at(), access.zone()))));
        } else if (why == null) {
            problems.add(new Violation("reason", "roadmap.cascade.withdraw.reason.required"));
        } else if (why.length() > TrackingService.REASON_MAX) {
            problems.add(new Violation("reason", "roadmap.due.reason.tooLong", TrackingService.REASON_MAX));
        }
        if (version == null) {
            problems.add(new Violation("version", "NotNull"));
        }
        FieldProblem.requireNone(problems);
        int updated = jdbc.sql("update roadmap_requirement set withdrawn_at = now(), withdrawn_by = ?,"
                        + " withdrawn_reason = ?, version = version + 1"
                        + " where id = ? and version = ? and withdrawn_at is null")
                .params(access.actor(), why, requirementId, version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("requirement", requirementId);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("roadmapId", requirement.roadmapId());
        after.put("position", requirement.position());
        after.put("reason", why);
        events.publishEvent(new ChangeRecorded(
                "roadmap_requirement", requirementId, placed.ownerPath(), "withdraw", Map.of(), after));
        return placed(requirementId).orElseThrow().requirement();
    }

    /**
     * Restores a withdrawn requirement as it was (date, types, kind), with the organizations'
     * fulfilments and evidence kept meanwhile. The same scope and version rules as {@link #withdraw};
     * a requirement that is not withdrawn is refused on {@code version}.
     */
    @Transactional
    public Requirement restore(long requirementId, Long version) {
        Placed placed = managed(requirementId);
        if (!placed.requirement().withdrawn()) {
            throw new FieldProblem("version", "roadmap.cascade.restore.notWithdrawn");
        }
        if (version == null) {
            throw new FieldProblem("version", "NotNull");
        }
        RoadmapAccess.Header header = access.readable(placed.requirement().roadmapId());
        if (!cascades(header)) {
            throw new FieldProblem("version", "roadmap.cascade.notCascading");
        }
        int updated = jdbc.sql("update roadmap_requirement set withdrawn_at = null, withdrawn_by = null,"
                        + " withdrawn_reason = null, changed_by = ?, changed_at = now(), version = version + 1"
                        + " where id = ? and version = ? and withdrawn_at is not null")
                .params(access.actor(), requirementId, version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("requirement", requirementId);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("withdrawnBy", placed.requirement().withdrawal().by());
        before.put("reason", placed.requirement().withdrawal().reason());
        events.publishEvent(new ChangeRecorded(
                "roadmap_requirement", requirementId, placed.ownerPath(), "restore", before, Map.of()));
        return placed(requirementId).orElseThrow().requirement();
    }

    /**
     * A requirement whose roadmap the caller keeps: 404 when it does not exist or its roadmap lies
     * outside the caller's scope (an organization that reads it as addressed to itself included),
     * 403 for a reader who may not keep the roadmap.
     */
    private Placed managed(long requirementId) {
        Placed placed = placed(requirementId).orElseThrow(() -> new NotFoundException("requirement", requirementId));
        RoadmapAccess.Header header;
        try {
            header = access.readable(placed.requirement().roadmapId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("requirement", requirementId);
        }
        access.requireEdit(header.ownerPath());
        return placed;
    }

    /** The requirement of a roadmap's activity; 404 outside the caller's scope or where there is none. */
    public Requirement requirement(long roadmapId, int position) {
        access.readable(roadmapId);
        return placed(roadmapId, position)
                .orElseThrow(() -> new NotFoundException("requirement", position))
                .requirement();
    }

    /** Only the roadmaps of a region or municipality that are not archived cascade to organizations. */
    private boolean cascades(RoadmapAccess.Header header) {
        UnitLevel level = structure.find(header.ownerUnitId()).orElseThrow().level();
        return level != UnitLevel.ORGANIZATION && !header.status().equals(RoadmapStatus.ARCHIVED.name());
    }

    private Optional<Placed> placed(long roadmapId, int position) {
        return jdbc.sql("select " + REQUIREMENT_COLUMNS + REQUIREMENT_FROM
                        + " where q.roadmap_id = ? and q.position = ?")
                .params(roadmapId, position)
                .query((rs, n) -> placed(rs))
                .optional();
    }

    private Optional<Placed> placed(long requirementId) {
        return jdbc.sql("select " + REQUIREMENT_COLUMNS + REQUIREMENT_FROM + " where q.id = ?")
                .param(requirementId)
                .query((rs, n) -> placed(rs))
                .optional();
    }

    static Placed placed(ResultSet rs) throws SQLException {
        return new Placed(
                new Requirement(
                        rs.getLong("id"),
                        rs.getLong("roadmap_id"),
                        rs.getInt("position"),
                        rs.getString("number"),
                        rs.getString("activity"),
                        rs.getString("title"),
                        rs.getString("short_name"),
                        rs.getObject("due_on", LocalDate.class),
                        RequirementKind.valueOf(rs.getString("kind")),
                        types(rs.getArray("org_types")),
                        rs.getLong("version"),
                        rs.getTimestamp("withdrawn_at") == null
                                ? null
                                : new Requirement.Withdrawal(
                                        rs.getString("withdrawn_by"),
                                        instant(rs.getTimestamp("withdrawn_at")),
                                        rs.getString("withdrawn_reason"))),
                rs.getString("owner_path"));
    }

    private static List<UnitType> types(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray())
                .map(t -> UnitType.valueOf((String) t))
                .toList();
    }

    // ---------------------------------------------------------------- fulfilment

    /** The organization and the requirement it is subject to, read within the caller's scope. */
    private record Subject(Placed requirement, UnitView organization) {}

    /**
     * The requirement and the organization it applies to; 404 when either does not exist, the
     * organization lies outside the caller's scope or the requirement does not apply to it.
     */
    private Subject subject(long requirementId, long organizationId) {
        Placed placed = placed(requirementId).orElseThrow(() -> new NotFoundException("requirement", requirementId));
        UnitView organization = structure
                .find(organizationId)
                .filter(u -> access.readScope().covers(u.path()))
                .filter(u -> applies(placed, u))
                .orElseThrow(() -> new NotFoundException("fulfilment", organizationId));
        return new Subject(placed, organization);
    }

    /**
     * The subject of a mark or evidence: 403 for a caller who does not keep the organization's
     * roadmaps; a withdrawn requirement takes nothing new (its record stays as it was withdrawn).
     */
    private Subject open(long requirementId, long organizationId) {
        Subject subject = subject(requirementId, organizationId);
        access.requireEdit(subject.organization().path());
        if (subject.requirement().requirement().withdrawn()) {
            throw new FieldProblem("status", "roadmap.cascade.withdrawn.closed");
        }
        return subject;
    }

    private static boolean applies(Placed placed, UnitView organization) {
        List<UnitType> types = placed.requirement().types();
        return organization.level() == UnitLevel.ORGANIZATION
                && organization.type().educational()
                && !organization.archived()
                && organization.path().startsWith(placed.ownerPath())
                && (types.isEmpty() || types.contains(organization.type()));
    }

    /** A stored fulfilment row. */
    private record Stored(
            long id, DueStatus status, String reason, String changedBy, Instant changedAt, long version) {}

    private Optional<Stored> stored(long requirementId, long organizationId) {
        return jdbc.sql("select id, status, reason, changed_by, changed_at, version from roadmap_fulfilment"
                        + " where requirement_id = ? and organization_id = ?")
                .params(requirementId, organizationId)
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        DueStatus.valueOf(rs.getString("status")),
                        rs.getString("reason"),
                        rs.getString("changed_by"),
                        instant(rs.getTimestamp("changed_at")),
                        rs.getLong("version")))
                .optional();
    }

    /** The organization's fulfilment of the requirement with its evidence. */
    public Fulfilment fulfilment(long requirementId, long organizationId) {
        Subject subject = subject(requirementId, organizationId);
        Requirement requirement = subject.requirement().requirement();
        UnitView organization = subject.organization();
        Optional<Stored> stored = stored(requirementId, organizationId);
        Fulfilment.ApprovedRoadmap approved = requirement.kind() == RequirementKind.ROADMAP
                ? approvedRoadmap(organizationId, requirement.dueOn())
                : null;
        DueStatus recorded = stored.map(Stored::status).orElse(DueStatus.PLANNED);
        boolean automatic = recorded == DueStatus.PLANNED && approved != null;
        DueStatus shown = automatic ? DueStatus.DONE : DueStatus.shown(recorded, requirement.dueOn(), access.today());
        return new Fulfilment(
                requirement,
                organization.id(),
                organization.shortName(),
                shown,
                automatic,
                stored.map(Stored::reason).orElse(null),
                stored.map(Stored::changedBy).orElse(null),
                stored.map(Stored::changedAt).orElse(null),
                stored.map(Stored::version).orElse(0L),
                approved,
                stored.map(s -> evidence.ofFulfilment(s.id())).orElse(List.of()),
                !requirement.withdrawn() && access.mayEdit(organization.path()));
    }

    /**
     * The organization's approved (or since archived) roadmap in force at or after the date: its
     * period ends no earlier. The latest one when there are several.
     */
    private Fulfilment.ApprovedRoadmap approvedRoadmap(long organizationId, LocalDate dueOn) {
        return jdbc.sql("select id, title, order_number, order_date from roadmap where owner_unit_id = ?"
                        + " and status in ('APPROVED', 'ARCHIVED') and period_to >= ?"
                        + " order by period_to desc, id desc limit 1")
                .params(organizationId, dueOn)
                .query((rs, n) -> new Fulfilment.ApprovedRoadmap(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("order_number"),
                        rs.getObject("order_date", LocalDate.class)))
                .optional()
                .orElse(null);
    }

    /**
     * Marks the organization's fulfilment done, not applicable (with a reason) or planned again;
     * {@code version} is the one read (0 before anything was recorded). 403 for a caller who does not
     * keep the organization's roadmaps, 409 when somebody recorded something meanwhile.
     */
    @Transactional
    public Fulfilment mark(long requirementId, long organizationId, DueStatus status, String reason, Long version) {
        Subject subject = open(requirementId, organizationId);
        String stored = TrackingService.storedReason(status, reason, version);
        long id = row(subject);
        int updated = jdbc.sql(
                        "update roadmap_fulfilment set status = ?, reason = ?, changed_by = ?, changed_at = now(),"
                                + " version = version + 1 where id = ? and version = ?")
                .params(status.name(), stored, access.actor(), id, version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("fulfilment", id);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("requirementId", requirementId);
        after.put("status", status.name());
        if (stored != null) {
            after.put("reason", stored);
        }
        events.publishEvent(new ChangeRecorded(
                "roadmap_fulfilment", id, subject.organization().path(), "mark", Map.of(), after));
        return fulfilment(requirementId, organizationId);
    }

    /**
     * Adds evidence of the organization's fulfilment: a link, a note, a file, or an order of the
     * organization's own registry ({@code orderId}), with or without the others. 403 for a caller who
     * does not keep the organization's roadmaps; an order of another unit or out of sight is refused
     * on the field {@code orderId}.
     */
    @Transactional
    public long addEvidence(long requirementId, long organizationId, EvidenceDraft draft, Long orderId) {
        Subject subject = open(requirementId, organizationId);
        String orderLabel = orderEvidence.label(orderId, organizationId);
        if (orderId == null || draft.url() != null || draft.note() != null || draft.content() != null) {
            draft.require();
        }
        long fulfilment = row(subject);
        long id = evidence.addToFulfilment(fulfilment, draft, orderId, orderLabel, access.actor());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("requirementId", requirementId);
        if (draft.url() != null) {
            after.put("url", draft.url());
        }
        if (draft.fileName() != null) {
            after.put("file", draft.fileName());
        }
        if (orderId != null) {
            after.put("orderId", orderId);
        }
        events.publishEvent(new ChangeRecorded(
                "roadmap_evidence", id, subject.organization().path(), "create", Map.of(), after));
        return id;
    }

    /** The orders of the organization's own registry the caller may attach, newest first. */
    public List<OrderView> orders(long organizationId) {
        return orderEvidence.of(organizationId);
    }

    /** An evidence file of a fulfilment; 404 outside the caller's scope. */
    public TrackingService.EvidenceFile file(long evidenceId) {
        record Found(long requirementId, long organizationId, TrackingService.EvidenceFile file) {}
        Found found = jdbc.sql("select f.requirement_id, f.organization_id, e.file_name, e.content_type, e.content"
                        + " from roadmap_evidence e join roadmap_fulfilment f on f.id = e.fulfilment_id"
                        + " where e.id = ? and e.content is not null")
                .param(evidenceId)
                .query((rs, n) -> new Found(
                        rs.getLong(1),
                        rs.getLong(2),
                        new TrackingService.EvidenceFile(rs.getString(3), rs.getString(4), rs.getBytes(5))))
                .optional()
                .orElseThrow(() -> new NotFoundException("evidence", evidenceId));
        try {
            subject(found.requirementId(), found.organizationId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("evidence", evidenceId);
        }
        return found.file();
    }

    /** The fulfilment row of the subject, created planned when nothing was recorded yet. */
    private long row(Subject subject) {
        long requirementId = subject.requirement().requirement().id();
        long organizationId = subject.organization().id();
        jdbc.sql("insert into roadmap_fulfilment (id, requirement_id, organization_id, organization_path)"
                        + " values (nextval('roadmap_fulfilment_seq'), ?, ?, ?)"
                        + " on conflict (requirement_id, organization_id) do nothing")
                .params(requirementId, organizationId, subject.organization().path())
                .update();
        return stored(requirementId, organizationId).orElseThrow().id();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
