package org.nastavnik.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The access policy of whoever is signed in, computed from their active role assignments. */
@Component
class CurrentPolicy implements AccessPolicy {

    /** Set while the system itself acts (demo data, bootstrap), never from a request. */
    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    /** Set while work runs as a given person without their session (a calendar subscription). */
    private static final ThreadLocal<Caller> ACTING = new ThreadLocal<>();

    /** Who the policy answers for: the signed-in user, or the person acted as. */
    record Caller(long personId, String username) {}

    /** What a scope needs of an active assignment. */
    record Grant(Role role, String unitPath) {}

    private final JdbcClient jdbc;

    CurrentPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the action with the rights of the system, for start-up tasks. */
    static void asSystem(Runnable action) {
        SYSTEM.set(true);
        try {
            action.run();
        } finally {
            SYSTEM.remove();
        }
    }

    /**
     * Runs the action with the rights of the person, as if they were signed in; the caller checks
     * that the person may act at all (an enabled account). Never nested in system work.
     */
    static <T> T asPerson(long personId, String username, Supplier<T> action) {
        Caller outer = ACTING.get();
        ACTING.set(new Caller(personId, username));
        try {
            return action.get();
        } finally {
            if (outer == null) {
                ACTING.remove();
            } else {
                ACTING.set(outer);
            }
        }
    }

    @Override
    public Scope scope(Permission permission) {
        if (SYSTEM.get()) {
            return Scope.all();
        }
        Optional<Caller> user = caller();
        if (user.isEmpty()) {
            return Scope.NOTHING;
        }
        List<String> paths = new ArrayList<>();
        Long self = null;
        for (Grant assignment : activeAssignments(user.get().personId())) {
            if (assignment.role() == Role.ADMIN && assignment.role().has(permission)) {
                return Scope.all();
            }
            if (assignment.role().has(permission)) {
                paths.add(assignment.unitPath());
            }
        }
        if (permission == Permission.READ) {
            self = user.get().personId();
        }
        return new Scope(false, List.copyOf(paths), paths.isEmpty() ? self : null);
    }

    /**
     * The caller's active assignments, read once per request: a page asks for several scopes
     * (menu, lists, buttons), and a role revoked mid-request takes effect on the next one.
     */
    @SuppressWarnings("unchecked")
    private List<Grant> activeAssignments(long personId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = CurrentPolicy.class.getName() + ".assignments." + personId;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
            return (List<Grant>) cached;
        }
        // plain JDBC: on every request, an entity query cost several times the query itself
        List<Grant> found = jdbc.sql(
                        "select role, unit_path from role_assignment" + " where person_id = ? and revoked_at is null")
                .param(personId)
                .query((rs, n) -> new Grant(Role.valueOf(rs.getString("role")), rs.getString("unit_path")))
                .list();
        if (request != null) {
            request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST);
        }
        return found;
    }

    @Override
    public Long personId() {
        return SYSTEM.get() ? null : caller().map(Caller::personId).orElse(null);
    }

    @Override
    public String actor() {
        if (SYSTEM.get()) {
            return "system";
        }
        return caller().map(Caller::username).orElse("anonymous");
    }

    /** The person acted as, or else the signed-in user. */
    private static Optional<Caller> caller() {
        Caller acting = ACTING.get();
        if (acting != null) {
            return Optional.of(acting);
        }
        return signedIn().map(u -> new Caller(u.personId(), u.username()));
    }

    static Optional<SignedIn> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
