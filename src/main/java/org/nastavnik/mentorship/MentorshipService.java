package org.nastavnik.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.Violation;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on pairs and groups. The curator (FORM_PAIRS over the organization) creates and changes
 * drafts, asks for and records consents, replaces mentors and ends mentorships; a member signed in
 * gives their own consent, asks for another mentor (a mentee) or resigns (a mentor).
 */
@Service
@Transactional
public class MentorshipService {

    static final String ENTITY = "mentorship";
    static final int MAX_YEARS = 3;
    static final int MAX_TEXT = 2000;

    private final Mentorships mentorships;
    private final BankSeats seats;
    private final ConsentScans scans;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MentorshipService(
            Mentorships mentorships,
            BankSeats seats,
            ConsentScans scans,
            AccessPolicy policy,
            StructureService structure,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.mentorships = mentorships;
        this.seats = seats;
        this.scans = scans;
        this.policy = policy;
        this.structure = structure;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new draft; its mentors' places are taken at once. */
    public long create(MentorshipDraft draft) {
        UnitView organization = organization(draft.organizationId());
        Mentorship.Plan plan = plan(draft);
        List<Member.Candidate> members =
                seats.take(organization.id(), plan.form(), mentors(draft), mentees(draft), null);
        Mentorship created =
                mentorships.saveAndFlush(new Mentorship(organization.id(), organization.path(), plan, members, act()));
        audit(created, "create");
        return created.id();
    }

    /**
     * Drafts for all the pairs and groups a proposal accepted, or none: a broken rule names its line
     * ({@code lines[i]}) and nothing is saved.
     */
    public List<Long> createAll(List<MentorshipDraft> drafts) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                ids.add(create(drafts.get(i)));
            } catch (FieldProblem problem) {
                int line = i;
                FieldProblem.requireNone(problem.violations().stream()
                        .map(v -> new Violation("lines[" + line + "]", v.code(), v.arguments()))
                        .toList());
            }
        }
        return ids;
    }

    /** Changes a draft: its plan and members together. */
    public void change(long id, long expectedVersion, MentorshipDraft draft) {
        Mentorship mentorship = editable(id, expectedVersion);
        Mentorship.Plan plan = plan(draft);
        List<Member.Candidate> members =
                seats.take(mentorship.organizationId(), plan.form(), mentors(draft), mentees(draft), id);
        mentorship.change(plan, members, act());
        saved(mentorship, "update");
    }

    /** Deletes a draft nobody has been asked to consent to; anything further is terminated instead. */
    public void deleteDraft(long id, long expectedVersion) {
        Mentorship mentorship = editable(id, expectedVersion);
        if (mentorship.status() != MentorshipStatus.DRAFT) {
            throw new FieldProblem("status", "mentorship.refused.notDraft");
        }
        audit(mentorship, "delete");
        mentorships.delete(mentorship);
    }

    public void requestConsents(long id, long expectedVersion) {
        Mentorship mentorship = editable(id, expectedVersion);
        mentorship.requestConsents(act());
        saved(mentorship, "consents-requested");
        askConsents(mentorship);
    }

    public void returnToDraft(long id, long expectedVersion) {
        Mentorship mentorship = editable(id, expectedVersion);
        mentorship.returnToDraft(act());
        saved(mentorship, "returned-to-draft");
    }

    /** A written consent the curator records, with the scan when there is one. */
    public void recordConsent(long id, long memberId, LocalDate on, String document, ConsentScans.Scan scan) {
        Mentorship mentorship = editable(id, null);
        Member member = mentorship.member(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
        List<Violation> problems = new ArrayList<>();
        if (on == null) {
            problems.add(new Violation("consentOn", "mentorship.consent.dateRequired"));
        } else if (on.isAfter(today())) {
            problems.add(new Violation("consentOn", "mentorship.consent.future"));
        }
        if (document != null && document.length() > 300) {
            problems.add(new Violation("consentDocument", "mentorship.text.tooLong", 300));
        }
        if (scan != null) {
            scans.check(scan).ifPresent(problems::add);
        }
        FieldProblem.requireNone(problems);
        mentorship.consent(member, on, ConsentWay.PAPER, document, act(), seats.name(member.personId()));
        saved(mentorship, "consent");
        if (scan != null) {
            scans.store(memberId, scan);
        }
    }

    /** The signed-in member's own consent («Согласен(а)»). */
    public void consentAsMember(long id) {
        Mentorship mentorship = find(id);
        Member member = own(mentorship, null);
        mentorship.consent(member, today(), ConsentWay.IN_SYSTEM, null, act(), seats.name(member.personId()));
        saved(mentorship, "consent");
    }

    /** The signed-in mentee asks for another mentor, saying why. */
    public void requestReplacement(long id, String reason) {
        Mentorship mentorship = find(id);
        Member mentee = own(mentorship, MemberRole.MENTEE);
        String name = seats.name(mentee.personId());
        mentorship.requestReplacement(mentee, reason(reason), act(), name);
        saved(mentorship, "replacement-requested");
        events.publishEvent(new ReplacementRequested(id, mentorship.organizationPath(), name));
    }

    /**
     * A new mentor instead of {@code oldMemberId} (null when a mentor resigned and nobody replaced
     * them yet), from {@code on}; the new mentor's written consent when it is at hand.
     */
    public void replaceMentor(
            long id, Long oldMemberId, Long mentorProfileId, LocalDate on, String reason, LocalDate consentOn) {
        Mentorship mentorship = editable(id, null);
        List<Violation> problems = new ArrayList<>();
        if (mentorProfileId == null) {
            problems.add(new Violation("mentorProfileId", "mentorship.mentors.required"));
        }
        dateProblem("replacedOn", on, problems);
        if (consentOn != null && consentOn.isAfter(today())) {
            problems.add(new Violation("consentOn", "mentorship.consent.future"));
        }
        reasonProblem(reason, problems);
        FieldProblem.requireNone(problems);
        Member old = oldMemberId == null
                ? null
                : mentorship.member(oldMemberId).orElseThrow(() -> new NotFoundException("member", oldMemberId));
        List<Member> mentees = mentorship.current(MemberRole.MENTEE);
        Member.Candidate candidate = seats.replacement(
                mentorship.organizationId(),
                mentorProfileId,
                mentees.stream().map(Member::personId).toList(),
                mentees.size(),
                id);
        if (old != null && old.profileId() == mentorProfileId) {
            throw new FieldProblem("mentorProfileId", "mentorship.replacement.same");
        }
        String names = (old == null ? "" : seats.name(old.personId()) + " \u2192 ") + seats.name(candidate.personId());
        Member added = mentorship.replaceMentor(old, candidate, on, reason.strip(), act(), names);
        if (consentOn != null) {
            mentorship.consent(added, consentOn, ConsentWay.PAPER, null, act(), seats.name(candidate.personId()));
        }
        saved(mentorship, "mentor-replaced");
        askConsents(mentorship);
    }

    /**
     * A mentor's motivated application to leave: the signed-in mentor's own ({@code memberId} null),
     * or a written one the curator records.
     */
    public void resign(long id, Long memberId, LocalDate on, String reason) {
        Mentorship mentorship = find(id);
        Member mentor;
        if (memberId == null) {
            mentor = own(mentorship, MemberRole.MENTOR);
        } else {
            editable(id, null);
            mentor = mentorship.member(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
        }
        List<Violation> problems = new ArrayList<>();
        dateProblem("resignedOn", on, problems);
        reasonProblem(reason, problems);
        FieldProblem.requireNone(problems);
        mentorship.resign(mentor, on, reason.strip(), act(), seats.name(mentor.personId()));
        saved(mentorship, "mentor-resigned");
    }

    public void complete(long id, long expectedVersion, LocalDate on, String note) {
        Mentorship mentorship = editable(id, expectedVersion);
        List<Violation> problems = new ArrayList<>();
        dateProblem("endedOn", on, problems);
        if (note != null && note.length() > MAX_TEXT) {
            problems.add(new Violation("note", "mentorship.text.tooLong", MAX_TEXT));
        }
        FieldProblem.requireNone(problems);
        mentorship.complete(on, blankToNull(note), act());
        saved(mentorship, "complete");
    }

    public void terminate(long id, long expectedVersion, LocalDate on, String reason) {
        Mentorship mentorship = editable(id, expectedVersion);
        List<Violation> problems = new ArrayList<>();
        dateProblem("endedOn", on, problems);
        reasonProblem(reason, problems);
        FieldProblem.requireNone(problems);
        mentorship.terminate(on, reason.strip(), act());
        saved(mentorship, "terminate");
    }

    /** Fixed by a registered order: every one consented, all in the order's organization. */
    public void fix(List<Long> ids, long orderId, String number, LocalDate date) {
        for (long id : ids) {
            Mentorship mentorship = editable(id, null);
            mentorship.fix(orderId, number, date, act());
            saved(mentorship, "fix");
        }
    }

    /** Fixed mentorships whose planned start has come become active; run daily by the job. */
    int activateDue() {
        int activated = 0;
        Act act = new Act("system", null, clock.instant(), today());
        for (Mentorship mentorship : mentorships.findDue(today())) {
            if (mentorship.activateIfDue(act)) {
                activated++;
            }
        }
        return activated;
    }

    Mentorship find(long id) {
        Mentorship mentorship = mentorships.findLockedById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!policy.scope(Permission.READ).covers(mentorship.organizationPath())
                && !mentorship.hasMember(policy.personId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return mentorship;
    }

    private Mentorship editable(long id, Long expectedVersion) {
        Mentorship mentorship = find(id);
        if (!policy.scope(Permission.FORM_PAIRS).covers(mentorship.organizationPath())) {
            throw new ForbiddenException("form pairs");
        }
        if (expectedVersion != null && mentorship.version() != expectedVersion) {
            throw new ConcurrentChangeException(ENTITY, id);
        }
        return mentorship;
    }

    /** The caller's own current membership, of the role when given; 403 for anybody else. */
    private Member own(Mentorship mentorship, MemberRole role) {
        return mentorship.current().stream()
                .filter(m -> Objects.equals(m.personId(), policy.personId()))
                .filter(m -> role == null || m.role() == role)
                .findFirst()
                .orElseThrow(() -> new ForbiddenException("act for another member"));
    }

    private UnitView organization(Long organizationId) {
        if (organizationId == null) {
            throw new FieldProblem("organizationId", "mentorship.organization.required");
        }
        UnitView unit = structure
                .find(organizationId)
                .filter(u -> policy.scope(Permission.READ).covers(u.path()))
                .orElseThrow(() -> new NotFoundException("unit", organizationId));
        if (!policy.scope(Permission.FORM_PAIRS).covers(unit.path())) {
            throw new ForbiddenException("form pairs");
        }
        if (unit.level() != UnitLevel.ORGANIZATION || unit.archived()) {
            throw new FieldProblem("organizationId", "mentorship.organization.notOrganization");
        }
        return unit;
    }

    private Mentorship.Plan plan(MentorshipDraft draft) {
        List<Violation> problems = new ArrayList<>();
        if (draft.form() == null) {
            problems.add(new Violation("form", "mentorship.form.required"));
        }
        if (draft.kind() == null) {
            problems.add(new Violation("kind", "mentorship.kind.required"));
        }
        if (draft.plannedStart() == null) {
            problems.add(new Violation("plannedStart", "mentorship.plannedStart.required"));
        }
        if (draft.plannedEnd() == null) {
            problems.add(new Violation("plannedEnd", "mentorship.plannedEnd.required"));
        } else if (draft.plannedStart() != null) {
            if (draft.plannedEnd().isBefore(draft.plannedStart())) {
                problems.add(new Violation("plannedEnd", "mentorship.plannedEnd.beforeStart"));
            } else if (draft.plannedEnd().isAfter(draft.plannedStart().plusYears(MAX_YEARS))) {
                problems.add(new Violation("plannedEnd", "mentorship.plannedEnd.tooLong", MAX_YEARS));
            }
        }
        if (draft.mentors() != null) {
            draft.mentors().stream()
                    .map(MentorshipDraft.MentorChoice::field)
                    .filter(f -> f != null && f.length() > 300)
                    .findFirst()
                    .ifPresent(f -> problems.add(new Violation("mentors", "mentorship.text.tooLong", 300)));
        }
        FieldProblem.requireNone(problems);
        return new Mentorship.Plan(draft.form(), draft.kind(), draft.plannedStart(), draft.plannedEnd());
    }

    private static List<BankSeats.MentorSeat> mentors(MentorshipDraft draft) {
        return draft.mentors() == null
                ? List.of()
                : draft.mentors().stream()
                        .filter(m -> m != null && m.mentorProfileId() != null)
                        .map(m -> new BankSeats.MentorSeat(m.mentorProfileId(), blankToNull(m.field())))
                        .toList();
    }

    private static List<Long> mentees(MentorshipDraft draft) {
        return draft.menteeProfileIds() == null
                ? List.of()
                : draft.menteeProfileIds().stream().filter(Objects::nonNull).toList();
    }

    private void dateProblem(String field, LocalDate on, List<Violation> problems) {
        if (on == null) {
            problems.add(new Violation(field, "mentorship.date.required"));
        } else if (on.isAfter(today())) {
            problems.add(new Violation(field, "mentorship.date.future"));
        }
    }

    private static void reasonProblem(String reason, List<Violation> problems) {
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("reason", "mentorship.reason.required"));
        } else if (reason.length() > MAX_TEXT) {
            problems.add(new Violation("reason", "mentorship.text.tooLong", MAX_TEXT));
        }
    }

    private static String reason(String reason) {
        List<Violation> problems = new ArrayList<>();
        reasonProblem(reason, problems);
        FieldProblem.requireNone(problems);
        return reason.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Act act() {
        return new Act(policy.actor(), policy.personId(), clock.instant(), today());
    }

    /** Tells the members still to consent, once the curator has asked. */
    private void askConsents(Mentorship mentorship) {
        List<Long> persons = mentorship.current().stream()
                .filter(m -> !m.consented())
                .map(Member::personId)
                .toList();
        if (!persons.isEmpty() && mentorship.status() != MentorshipStatus.DRAFT) {
            events.publishEvent(new ConsentsRequested(mentorship.id(), persons));
        }
    }

    private void saved(Mentorship mentorship, String action) {
        mentorships.saveAndFlush(mentorship);
        audit(mentorship, action);
    }

    private void audit(Mentorship mentorship, String action) {
        events.publishEvent(new ChangeRecorded(
                ENTITY,
                mentorship.id(),
                mentorship.organizationPath(),
                action,
                Map.of(),
                Map.of("status", mentorship.status().name())));
    }
}
