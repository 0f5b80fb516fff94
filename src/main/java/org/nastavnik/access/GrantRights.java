package org.nastavnik.access;

import java.util.Arrays;
import java.util.List;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which roles the signed-in user may grant and revoke, and where: only roles below one of their
 * own (see {@link Role#mayGrant}), at units within that role's unit. Administrators (and the
 * system itself) may grant every role everywhere.
 */
@Component
class GrantRights {

    private final RoleAssignments assignments;
    private final AccessPolicy policy;

    GrantRights(RoleAssignments assignments, AccessPolicy policy) {
        this.assignments = assignments;
        this.policy = policy;
    }

    /** Whether the user may grant or revoke the role at the unit with this path (null: no unit). */
    boolean allow(Role role, String unitPath) {
        if (policy.scope(Permission.GRANT_ROLES).everything()) {
            return true;
        }
        return unitPath != null
                && own().stream()
                        .anyMatch(a -> a.unitPath() != null
                                && unitPath.startsWith(a.unitPath())
                                && a.role().mayGrant(role));
    }

    /** The roles the user may grant at some unit, in the order of the enumeration. */
    List<Role> grantable() {
        if (policy.scope(Permission.GRANT_ROLES).everything()) {
            return List.of(Role.values());
        }
        List<RoleAssignment> own = own();
        return Arrays.stream(Role.values())
                .filter(role -> role != Role.ADMIN)
                .filter(role -> own.stream()
                        .anyMatch(a -> a.unitPath() != null && a.role().mayGrant(role)))
                .toList();
    }

    /** The user's active assignments, read once per request (the roles page asks for every row). */
    @SuppressWarnings("unchecked")
    private List<RoleAssignment> own() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = GrantRights.class.getName() + ".own";
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
            return (List<RoleAssignment>) cached;
        }
        List<RoleAssignment> own = CurrentPolicy.signedIn()
                .map(user -> assignments.findByPersonIdAndRevokedAtIsNull(user.personId()))
                .orElse(List.of());
        if (request != null) {
            request.setAttribute(key, own, RequestAttributes.SCOPE_REQUEST);
        }
        return own;
    }
}
