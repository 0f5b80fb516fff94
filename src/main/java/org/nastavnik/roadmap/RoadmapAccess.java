package org.nastavnik.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read and who may keep a roadmap: read within the caller's {@link Permission#READ} scope
 * (404 outside it), changed by those who may edit the owner unit's roadmaps (403 otherwise).
 */
@Component
class RoadmapAccess {

    /** The header of a roadmap the caller may read. */
    record Header(
            long id,
            long ownerUnitId,
            String ownerPath,
            String owner,
            String title,
            String goal,
            LocalDate periodFrom,
            LocalDate periodTo,
            String status,
            String ownerFullName,
            RoadmapBasis basis,
            long version) {}

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Clock clock;

    RoadmapAccess(JdbcClient jdbc, AccessPolicy policy, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The zone of {@link #today()}, for showing stored instants as dates. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    String actor() {
        return policy.actor();
    }

    /** The signed-in person, or null. */
    Long personId() {
        return policy.personId();
    }

    /** The roadmap's header; 404 when it does not exist or lies outside the caller's scope. */
    Header readable(long roadmapId) {
        Scope scope = readScope();
        return find(roadmapId)
                .filter(h -> scope.covers(h.ownerPath()))
                .orElseThrow(() -> new NotFoundException("roadmap", roadmapId));
    }

    /** The roadmap's header whatever the caller's scope; for callers that checked another right. */
    Optional<Header> find(long roadmapId) {
        return jdbc.sql("select r.id, r.owner_unit_id, r.owner_path, u.short_name, u.full_name, r.title,"
                        + " r.goal, r.period_from, r.period_to, r.status, r.order_number, r.order_date, r.approved_by,"
                        + " r.version from roadmap r join unit u on u.id = r.owner_unit_id where r.id = ?")
                .param(roadmapId)
                .query((rs, n) -> new Header(
                        rs.getLong("id"),
                        rs.getLong("owner_unit_id"),
                        rs.getString("owner_path"),
                        rs.getString("short_name"),
                        rs.getString("title"),
                        rs.getString("goal"),
                        rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class),
                        rs.getString("status"),
                        rs.getString("full_name"),
                        RoadmapBasis.of(
                                rs.getString("order_number"),
                                rs.getObject("order_date", LocalDate.class),
                                rs.getString("approved_by")),
                        rs.getLong("version")))
                .optional();
    }

    /** Whether the caller may keep the roadmaps of the unit with this path. */
    boolean mayEdit(String ownerPath) {
        return policy.scope(Permission.EDIT_ROADMAPS).covers(ownerPath);
    }

    /** Whether the caller may change the roadmap: they keep its unit's roadmaps and it is not archived. */
    boolean mayKeep(Header header) {
        return mayEdit(header.ownerPath()) && !RoadmapStatus.ARCHIVED.name().equals(header.status());
    }

    /** Refuses with 403 a caller who reads the roadmap but may not keep it. */
    void requireEdit(String ownerPath) {
        if (!mayEdit(ownerPath)) {
            throw new ForbiddenException("keep roadmaps");
        }
    }

    /** The READ scope; 403 for a caller without any. */
    Scope readScope() {
        Scope scope = policy.scope(Permission.READ);
        if (scope.isEmpty()) {
            throw new ForbiddenException("read roadmaps");
        }
        return scope;
    }
}
