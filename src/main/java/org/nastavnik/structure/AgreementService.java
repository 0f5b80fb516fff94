package org.nastavnik.structure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements with social partners. An agreement is seen by whoever may read the partner or the
 * unit that signed it, and changed by whoever may edit the signing unit (a region, municipality or
 * organization, never a partner). Archived, never deleted; every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    private final Agreements agreements;
    private final Units units;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgreementService(
            Agreements agreements,
            Units units,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.agreements = agreements;
        this.units = units;
        this.policy = policy;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The agreements of a readable unit: with it as the partner, or signed by it; newest first. */
    public List<AgreementView> of(long unitId) {
        Unit unit = unit(unitId, Permission.READ);
        List<Agreement> found = unit.view().type() == UnitType.PARTNER
                ? agreements.findByPartnerIdOrderBySignedOnDescIdDesc(unitId)
                : agreements.findByUnitIdOrderBySignedOnDescIdDesc(unitId);
        return views(found);
    }

    /** One agreement the caller may see, or 404. */
    public AgreementView get(long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** One agreement the caller may change: 404 outside their scope, 403 without the function. */
    public AgreementView forEdit(long id) {
        return views(List.of(editable(id))).get(0);
    }

    /** The units that may sign an agreement on the caller's behalf (what they may edit). */
    public List<UnitView> signingUnits() {
        Scope scope = policy.scope(Permission.EDIT_UNITS);
        if (scope.isEmpty()) {
            return List.of();
        }
        Stream<Unit> candidates = scope.everything()
                ? units.findAll().stream()
                : scope.paths().stream().flatMap(p -> units.findSubtree(p).stream());
        return candidates
                .map(Unit::view)
                .filter(u -> u.type() != UnitType.PARTNER && !u.archived())
                .distinct()
                .sorted(java.util.Comparator.comparing(UnitView::path))
                .toList();
    }

    /** Whether the caller may register an agreement with this partner. */
    public boolean mayAddTo(UnitView partner) {
        return partner.type() == UnitType.PARTNER
                && !partner.archived()
                && !signingUnits().isEmpty();
    }

    @Transactional
    public long create(long partnerId, long unitId, AgreementData data) {
        requireEditScope();
        Unit partner = unit(partnerId, Permission.READ);
        if (partner.view().type() != UnitType.PARTNER || partner.view().archived()) {
            throw new FieldProblem("partnerId", "agreement.partner.notPartner");
        }
        Unit signer = signer(unitId);
        requireRules(data);
        Agreement agreement = agreements.saveAndFlush(new Agreement(partner, signer, data));
        events.publishEvent(new ChangeRecorded(
                "agreement", agreement.id(), signer.path(), "create", Map.of(), agreement.snapshot()));
        return agreement.id();
    }

    @Transactional
    public void update(long id, long expectedVersion, long unitId, AgreementData data) {
        Agreement agreement = editable(id);
        if (agreement.version() != expectedVersion) {
            throw new ConcurrentChangeException("agreement", id);
        }
        Unit signer = signer(unitId);
        requireRules(data);
        Map<String, Object> before = agreement.snapshot();
        agreement.signedBy(signer);
        agreement.apply(data);
        agreements.flush();
        events.publishEvent(new ChangeRecorded("agreement", id, signer.path(), "update", before, agreement.snapshot()));
    }

    @Transactional
    public void archive(long id, boolean archived) {
        Agreement agreement = editable(id);
        Map<String, Object> before = agreement.snapshot();
        agreement.archive(archived);
        agreements.flush();
        events.publishEvent(new ChangeRecorded(
                "agreement",
                id,
                path(agreement.unitId()),
                archived ? "archive" : "restore",
                before,
                agreement.snapshot()));
    }

    private List<AgreementView> views(List<Agreement> list) {
        Map<Long, UnitView> names = new HashMap<>();
        units.findAllById(list.stream()
                        .flatMap(a -> Stream.of(a.partnerId(), a.unitId()))
                        .distinct()
                        .toList())
                .forEach(u -> names.put(u.id(), u.view()));
        Scope edit = policy.scope(Permission.EDIT_UNITS);
        Scope read = policy.scope(Permission.READ);
        LocalDate today = LocalDate.now(clock);
        return list.stream()
                .map(a -> new AgreementView(
                        a.id(),
                        a.partnerId(),
                        names.get(a.partnerId()).shortName(),
                        read.covers(names.get(a.partnerId()).path()),
                        a.unitId(),
                        names.get(a.unitId()).shortName(),
                        read.covers(names.get(a.unitId()).path()),
                        a.data(),
                        state(a, today),
                        a.version(),
                        edit.covers(names.get(a.unitId()).path())))
                .toList();
    }

    private static AgreementView.State state(Agreement agreement, LocalDate today) {
        AgreementData data = agreement.data();
        if (agreement.archived()) {
            return AgreementView.State.ARCHIVED;
        }
        if (data.validFrom().isAfter(today)) {
            return AgreementView.State.FUTURE;
        }
        if (data.validTo() != null && data.validTo().isBefore(today)) {
            return AgreementView.State.EXPIRED;
        }
        return AgreementView.State.ACTIVE;
    }

    private Agreement visible(long id) {
        Scope read = policy.scope(Permission.READ);
        return agreements
                .findById(id)
                .filter(a -> read.covers(path(a.partnerId())) || read.covers(path(a.unitId())))
                .orElseThrow(() -> new NotFoundException("agreement", id));
    }

    private Agreement editable(long id) {
        Scope edit = requireEditScope();
        Agreement agreement = visible(id);
        if (!edit.covers(path(agreement.unitId()))) {
            throw new NotFoundException("agreement", id);
        }
        return agreement;
    }

    private Unit signer(long unitId) {
        Scope edit = policy.scope(Permission.EDIT_UNITS);
        return units.findById(unitId)
                .filter(u -> edit.covers(u.path()))
                .filter(u -> u.view().type() != UnitType.PARTNER && !u.view().archived())
                .orElseThrow(() -> new FieldProblem("unitId", "agreement.unit.notAllowed"));
    }

    private Unit unit(long id, Permission permission) {
        Scope scope = policy.scope(permission);
        if (scope.isEmpty()) {
            throw new ForbiddenException(permission.name());
        }
        return units.findById(id)
                .filter(u -> scope.covers(u.path()))
                .orElseThrow(() -> new NotFoundException("unit", id));
    }

    private Scope requireEditScope() {
        Scope scope = policy.scope(Permission.EDIT_UNITS);
        if (scope.isEmpty()) {
            throw new ForbiddenException("edit agreements");
        }
        return scope;
    }

    private String path(long unitId) {
        return units.findById(unitId).map(Unit::path).orElse(null);
    }

    private void requireRules(AgreementData data) {
        FieldProblem.requireNone(AgreementRules.check(data, LocalDate.now(clock)).entrySet().stream()
                .map(problem -> new Violation(problem.getKey(), problem.getValue()))
                .toList());
    }

    /** Today by the application's clock, for the forms' checks. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
