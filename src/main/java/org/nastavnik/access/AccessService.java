package org.nastavnik.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and role assignments: who may sign in, and with which roles at which units. */
@Service
@Transactional(readOnly = true)
public class AccessService {

    private final Accounts accounts;
    private final RoleAssignments assignments;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccessService(
            Accounts accounts,
            RoleAssignments assignments,
            PasswordEncoder encoder,
            PasswordPolicy passwords,
            AccessPolicy policy,
            StructureService structure,
            ApplicationEventPublisher events,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.encoder = encoder;
        this.passwords = passwords;
        this.policy = policy;
        this.structure = structure;
        this.events = events;
        this.sessions = sessions;
    }

    /** Runs start-up work (demo data, bootstrap) with the rights of the system itself. */
    public static void asSystem(Runnable action) {
        CurrentPolicy.asSystem(action);
    }

    /** Creates the sign-in account of a person; the password must pass the policy. */
    @Transactional
    public long createAccount(long personId, String email, String password) {
        passwords.check(password, email).ifPresent(code -> {
            throw new FieldProblem("password", code);
        });
        if (accounts.findByUsernameIgnoreCase(email).isPresent()) {
            throw new FieldProblem("email", "account.exists");
        }
        return accounts.save(new Account(personId, email.strip().toLowerCase(), encoder.encode(password)))
                .id();
    }

    /** Grants a role at a unit; only roles below the granter's own, within their scope. */
    @Transactional
    public long grant(long personId, Role role, Long unitId) {
        String path = null;
        if (role == Role.ADMIN) {
            if (!policy.scope(Permission.GRANT_ROLES).everything()) {
                throw new ForbiddenException("grant ADMIN");
            }
        } else {
            UnitView unit = structure
                    .find(unitId == null ? -1 : unitId)
                    .filter(u -> policy.scope(Permission.GRANT_ROLES).covers(u.path()))
                    .orElseThrow(() -> new NotFoundException("unit", unitId));
            if (unit.level() != role.level()) {
                throw new FieldProblem("unitId", "role.unit.wrongLevel");
            }
            if (!mayGrant(role, unit.path())) {
                throw new ForbiddenException("grant " + role);
            }
            path = unit.path();
        }
        boolean exists = assignments.findByPersonIdAndRevokedAtIsNull(personId).stream()
                .anyMatch(a -> a.role() == role && java.util.Objects.equals(a.unitId(), unitId));
        if (exists) {
            throw new FieldProblem("role", "role.exists");
        }
        RoleAssignment saved = assignments.save(new RoleAssignment(personId, role, unitId, path, policy.actor()));
        assignments.flush();
        events.publishEvent(new ChangeRecorded(
                "role",
                saved.id(),
                path,
                "grant",
                Map.of(),
                Map.of("personId", personId, "role", role, "unitId", String.valueOf(unitId))));
        return saved.id();
    }

    private boolean mayGrant(Role role, String unitPath) {
        if (policy.scope(Permission.GRANT_ROLES).everything()) {
            return true;
        }
        return CurrentPolicy.signedIn()
                .map(user -> assignments.findByPersonIdAndRevokedAtIsNull(user.personId()).stream()
                        .anyMatch(a -> a.unitPath() != null
                                && unitPath.startsWith(a.unitPath())
                                && a.role().mayGrant(role)))
                .orElse(false);
    }

    /** Disables an account and ends all its sessions at once. */
    @Transactional
    public void disable(long personId) {
        Account account =
                accounts.findByPersonId(personId).orElseThrow(() -> new NotFoundException("account", personId));
        account.disable();
        sessions.findByPrincipalName(account.username()).keySet().forEach(sessions::deleteById);
    }

    /** Changes the signed-in user's password after checking the current one. */
    @Transactional
    public void changePassword(String current, String next) {
        SignedIn user = CurrentPolicy.signedIn().orElseThrow(() -> new ForbiddenException("anonymous"));
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (!encoder.matches(current, account.passwordHash())) {
            throw new FieldProblem("current", "password.currentWrong");
        }
        passwords.check(next, account.username()).ifPresent(code -> {
            throw new FieldProblem("next", code);
        });
        account.changePassword(encoder.encode(next));
    }

    /** The active roles of a person, for their card. */
    public List<RoleView> roles(long personId) {
        return assignments.findByPersonIdAndRevokedAtIsNull(personId).stream()
                .map(a -> new RoleView(
                        a.id(),
                        a.role(),
                        a.unitId(),
                        a.unitId() == null
                                ? null
                                : structure
                                        .find(a.unitId())
                                        .map(UnitView::shortName)
                                        .orElse(null),
                        a.grantedAt(),
                        a.grantedBy()))
                .toList();
    }

    /** The signed-in user's roles. */
    public List<RoleView> myRoles() {
        return CurrentPolicy.signedIn().map(u -> roles(u.personId())).orElse(List.of());
    }

    /** Whether any administrator exists, for the server-mode bootstrap. */
    public boolean administratorExists() {
        return assignments.existsByRoleAndRevokedAtIsNull(Role.ADMIN);
    }

    public record RoleView(long id, Role role, Long unitId, String unitName, Instant grantedAt, String grantedBy) {}
}
