package org.nastavnik.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.people.PeopleService;
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

/**
 * What the roles page reads: the active assignments within the caller's {@link
 * Permission#GRANT_ROLES} scope, and the roles and units the caller may grant.
 */
@Service
@Transactional(readOnly = true)
public class RoleDirectory {

    /** Roles in the order of the enumeration (highest first) rather than by name. */
    private static final String BY_RANK = "array_position(array["
            + Arrays.stream(Role.values()).map(r -> "'" + r.name() + "'").collect(Collectors.joining(","))
            + "]::varchar[], role)";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final GrantRights rights;
    private final StructureService structure;
    private final PeopleService people;

    RoleDirectory(
            JdbcClient jdbc,
            AccessPolicy policy,
            GrantRights rights,
            StructureService structure,
            PeopleService people) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.rights = rights;
        this.structure = structure;
        this.people = people;
    }

    /** Active assignments within scope, optionally of one person, by unit and role. */
    public Page<Assignment> active(Long personId, Pageable page) {
        Page<Row> rows = new ScopedSql("role_assignment", requireScope(), "unit_path")
                .and("revoked_at is null")
                .and("person_id = ?", personId)
                .page(
                        jdbc,
                        "id, person_id, role, unit_id, unit_path, granted_by, granted_at",
                        "unit_path nulls first, " + BY_RANK + ", granted_at desc, id",
                        Row.class,
                        page);
        Map<Long, String> names =
                people.fullNames(rows.stream().map(Row::personId).distinct().toList());
        Map<Long, UnitView> units = structure.byIds(rows.stream()
                .map(Row::unitId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return rows.map(r -> new Assignment(
                r.id(),
                r.personId(),
                names.get(r.personId()),
                Role.valueOf(r.role()),
                r.unitId(),
                r.unitId() == null ? null : units.get(r.unitId()).shortName(),
                r.grantedBy(),
                r.grantedAt(),
                rights.allow(Role.valueOf(r.role()), r.unitPath())));
    }

    /** The roles the caller may grant somewhere. */
    public List<Role> grantableRoles() {
        requireScope();
        return rights.grantable();
    }

    /** The units where the caller may grant the role (none for the system-wide administrator). */
    public List<UnitView> grantableUnits(Role role) {
        requireScope();
        if (role.level() == null) {
            return List.of();
        }
        return structure.units(Permission.GRANT_ROLES, role.level()).stream()
                .filter(u -> rights.allow(role, u.path()))
                .toList();
    }

    private Scope requireScope() {
        Scope scope = policy.scope(Permission.GRANT_ROLES);
        if (scope.isEmpty()) {
            throw new ForbiddenException("administer roles");
        }
        return scope;
    }

    record Row(
            long id, long personId, String role, Long unitId, String unitPath, String grantedBy, Instant grantedAt) {}

    /** A line of the roles page. */
    public record Assignment(
            long id,
            long personId,
            String personName,
            Role role,
            Long unitId,
            String unitName,
            String grantedBy,
            Instant grantedAt,
            boolean mayRevoke) {}
}
