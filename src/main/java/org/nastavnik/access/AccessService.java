package org.nastavnik.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonLabel;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and role assignments: who may sign in, and with which roles at which units. Granting,
 * revoking and account changes need {@link Permission#GRANT_ROLES} over the person; every change
 * is audited.
 */
@Service
@Transactional(readOnly = true)
public class AccessService {

    private final Accounts accounts;
    private final RoleAssignments assignments;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final AccessPolicy policy;
    private final GrantRights rights;
    private final StructureService structure;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccessService(
            Accounts accounts,
            RoleAssignments assignments,
            PasswordEncoder encoder,
            PasswordPolicy passwords,
            AccessPolicy policy,
            GrantRights rights,
            StructureService structure,
            PeopleService people,
            ApplicationEventPublisher events,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.encoder = encoder;
        this.passwords = passwords;
        this.policy = policy;
        this.rights = rights;
        this.structure = structure;
        this.people = people;
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
        PersonLabel person = administeredPerson(personId);
        String username = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        passwords.check(password, username).ifPresent(code -> {
            throw new FieldProblem("password", code);
        });
        if (accounts.findByPersonId(personId).isPresent()) {
            throw new FieldProblem("email", "account.personHasAccount");
        }
        if (accounts.findByUsernameIgnoreCase(username).isPresent()) {
            throw new FieldProblem("email", "account.exists");
        }
        Account account = accounts.saveAndFlush(new Account(personId, username, encoder.encode(password)));
        audit(account, person, "create", Map.of(), Map.of("personId", personId, "username", username));
        return account.id();
    }

    /** Disables an account and ends all its sessions at once; nobody disables their own. */
    @Transactional
    public void disable(long personId) {
        PersonLabel person = administeredPerson(personId);
        if (CurrentPolicy.signedIn().map(u -> u.personId() == personId).orElse(false)) {
            throw new FieldProblem("personId", "account.disableSelf");
        }
        Account account = accountOf(personId);
        account.disable();
        sessions.findByPrincipalName(account.username()).keySet().forEach(sessions::deleteById);
        audit(account, person, "disable", Map.of("enabled", true), Map.of("enabled", false));
    }

    /** Lets a disabled account sign in again. */
    @Transactional
    public void enable(long personId) {
        PersonLabel person = administeredPerson(personId);
        Account account = accountOf(personId);
        account.enable();
        audit(account, person, "enable", Map.of("enabled", false), Map.of("enabled", true));
    }

    /** The account of a person the caller administers, if the person has one. */
    public Optional<AccountView> account(long personId) {
        administeredPerson(personId);
        return accounts.findByPersonId(personId)
                .map(a -> new AccountView(a.id(), a.username(), a.enabled(), a.lockedAt(Instant.now())));
    }

    /** Grants a role at a unit; only roles below the granter's own, within their scope. */
    @Transactional
    public long grant(long personId, Role role, Long unitId) {
        administeredPerson(personId);
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
            if (unit.archived()) {
                throw new FieldProblem("unitId", "role.unit.archived");
            }
            if (!rights.allow(role, unit.path())) {
                throw new ForbiddenException("grant " + role);
            }
            path = unit.path();
        }
        Long at = role == Role.ADMIN ? null : unitId;
        boolean exists = assignments.findByPersonIdAndRevokedAtIsNull(personId).stream()
                .anyMatch(a -> a.role() == role && Objects.equals(a.unitId(), at));
        if (exists) {
            throw new FieldProblem("role", "role.exists");
        }
        RoleAssignment saved = assignments.save(new RoleAssignment(personId, role, at, path, policy.actor()));
        assignments.flush();
        events.publishEvent(new ChangeRecorded("role", saved.id(), path, "grant", Map.of(), saved.snapshot()));
        return saved.id();
    }

    /**
     * Ends a role assignment. One outside the caller's scope is not found; one the caller's roles
     * may not grant is forbidden; the last administrator stays.
     */
    @Transactional
    public void revoke(long assignmentId) {
        Scope scope = requireGrantScope();
        RoleAssignment assignment = assignments
                .findById(assignmentId)
                .filter(RoleAssignment::active)
                .filter(a -> a.role() == Role.ADMIN ? scope.everything() : scope.covers(a.unitPath()))
                .orElseThrow(() -> new NotFoundException("role", assignmentId));
        if (!rights.allow(assignment.role(), assignment.unitPath())) {
            throw new ForbiddenException("revoke " + assignment.role());
        }
        if (assignment.role() == Role.ADMIN && assignments.countByRoleAndRevokedAtIsNull(Role.ADMIN) <= 1) {
            throw new FieldProblem("role", "role.lastAdministrator");
        }
        assignment.revoke(policy.actor());
        assignments.flush();
        events.publishEvent(new ChangeRecorded(
                "role", assignmentId, assignment.unitPath(), "revoke", assignment.snapshot(), Map.of()));
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

    /**
     * The active roles of a person the caller may see: all of them for the caller themself,
     * otherwise those at units within the caller's scope.
     */
    public List<RoleView> rolesOf(long personId) {
        people.label(personId, Permission.READ);
        if (CurrentPolicy.signedIn().map(u -> u.personId() == personId).orElse(false)) {
            return roles(personId);
        }
        Scope scope = policy.scope(Permission.READ);
        return roles(personId).stream()
                .filter(r -> r.unitPath() == null ? scope.everything() : scope.covers(r.unitPath()))
                .toList();
    }

    /** The active roles of a person regardless of scope, for the home page of the user themself. */
    public List<RoleView> roles(long personId) {
        List<RoleAssignment> active = assignments.findByPersonIdAndRevokedAtIsNull(personId);
        Map<Long, UnitView> units = structure.byIds(active.stream()
                .map(RoleAssignment::unitId)
                .filter(Objects::nonNull)
                .toList());
        return active.stream()
                .map(a -> new RoleView(
                        a.id(),
                        a.role(),
                        a.unitId(),
                        a.unitId() == null || !units.containsKey(a.unitId())
                                ? null
                                : units.get(a.unitId()).shortName(),
                        a.unitPath(),
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

    private PersonLabel administeredPerson(long personId) {
        requireGrantScope();
        return people.label(personId, Permission.GRANT_ROLES);
    }

    private Scope requireGrantScope() {
        Scope scope = policy.scope(Permission.GRANT_ROLES);
        if (scope.isEmpty()) {
            throw new ForbiddenException("administer roles and accounts");
        }
        return scope;
    }

    private Account accountOf(long personId) {
        return accounts.findByPersonId(personId).orElseThrow(() -> new NotFoundException("account", personId));
    }

    private void audit(
            Account account, PersonLabel person, String action, Map<String, Object> before, Map<String, Object> after) {
        accounts.flush();
        events.publishEvent(new ChangeRecorded("account", account.id(), person.unitPath(), action, before, after));
    }

    public record RoleView(
            long id, Role role, Long unitId, String unitName, String unitPath, Instant grantedAt, String grantedBy) {}

    /** A person's sign-in account as the roles page shows it. */
    public record AccountView(long id, String username, boolean enabled, boolean locked) {}
}
