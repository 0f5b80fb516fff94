package org.nastavnik.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.people.PersonAnonymized;
import org.nastavnik.people.PersonalDataContributor;
import org.nastavnik.people.PersonalDataSection;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account and the roles of a person in their personal-data export; when the person is
 * anonymized, the account loses its user name (the e-mail) and its second factor, is disabled and
 * signed out everywhere, and the active roles are revoked. Role history stays.
 */
@Component
class AccountPersonalData implements PersonalDataContributor {

    private final Accounts accounts;
    private final RoleAssignments assignments;
    private final JdbcClient jdbc;
    private final StructureService structure;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountPersonalData(
            Accounts accounts,
            RoleAssignments assignments,
            JdbcClient jdbc,
            StructureService structure,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.structure = structure;
        this.policy = policy;
        this.events = events;
        this.sessions = sessions;
    }

    @Override
    public List<PersonalDataSection> sections(long personId) {
        List<Map<String, Object>> account = accounts.findByPersonId(personId).stream()
                .map(a -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("username", a.username());
                    row.put("enabled", a.enabled());
                    return row;
                })
                .toList();
        List<Map<String, Object>> roles = jdbc.sql("select role, unit_id, granted_at, granted_by, revoked_at,"
                        + " revoked_by from role_assignment where person_id = ? order by granted_at, id")
                .param(personId)
                .query((rs, n) -> {
                    Long unitId = rs.getObject("unit_id", Long.class);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("role", Role.valueOf(rs.getString("role")));
                    row.put(
                            "unit",
                            unitId == null
                                    ? null
                                    : structure
                                            .find(unitId)
                                            .map(UnitView::shortName)
                                            .orElse(null));
                    row.put("grantedAt", rs.getTimestamp("granted_at").toInstant());
                    row.put("grantedBy", rs.getString("granted_by"));
                    row.put(
                            "revokedAt",
                            Optional.ofNullable(rs.getTimestamp("revoked_at"))
                                    .map(java.sql.Timestamp::toInstant)
                                    .orElse(null));
                    row.put("revokedBy", rs.getString("revoked_by"));
                    return row;
                })
                .list();
        return List.of(new PersonalDataSection("account", account), new PersonalDataSection("roles", roles));
    }

    @Override
    public List<String> anonymizedCategories(long personId) {
        return accounts.findByPersonId(personId).isPresent() ? List.of("account") : List.of();
    }

    /** In the transaction of the anonymization: it commits or rolls back with it. */
    @EventListener
    @Transactional
    public void on(PersonAnonymized anonymized) {
        long personId = anonymized.personId();
        accounts.findByPersonId(personId).ifPresent(account -> {
            sessions.findByPrincipalName(account.username()).keySet().forEach(sessions::deleteById);
            account.anonymize("anonymized-" + personId + "@invalid");
        });
        for (RoleAssignment assignment : assignments.findByPersonIdAndRevokedAtIsNull(personId)) {
            assignment.revoke(policy.actor());
            events.publishEvent(new ChangeRecorded(
                    "role",
                    assignment.id(),
                    assignment.unitPath(),
                    "revoke",
                    Map.of("personId", personId, "role", assignment.role()),
                    Map.of()));
        }
        accounts.flush();
        assignments.flush();
    }
}
