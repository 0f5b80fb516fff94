package org.nastavnik.mentorship;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nastavnik.common.FieldProblem;

/**
 * A pair or group. Its state changes are guarded here: members change freely only in a draft,
 * consents are collected once the curator asks for them, an order fixes only a consented one, and
 * a mentor leaves a fixed one only by replacement or resignation, which the timeline keeps.
 */
@Entity
@Table(name = "mentorship")
class Mentorship {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mentorship_seq")
    @SequenceGenerator(name = "mentorship_seq", sequenceName = "mentorship_seq", allocationSize = 50)
    private Long id;

    private long organizationId;
    private String organizationPath;

    @Enumerated(EnumType.STRING)
    private MentorshipForm form;

    @Enumerated(EnumType.STRING)
    private MentorshipKind kind;

    @Enumerated(EnumType.STRING)
    private MentorshipStatus status;

    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private Long orderId;
    private String orderNumber;
    private LocalDate orderDate;
    private LocalDate endedOn;
    private String endNote;

    @Version
    private Long version;

    @OneToMany(mappedBy = "mentorship", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Member> members = new ArrayList<>();

    @OneToMany(mappedBy = "mentorship", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedAt, id")
    private List<Event> events = new ArrayList<>();

    protected Mentorship() {}

    Mentorship(long organizationId, String organizationPath, Plan plan, List<Member.Candidate> people, Act act) {
        this.organizationId = organizationId;
        this.organizationPath = organizationPath;
        this.status = MentorshipStatus.DRAFT;
        apply(plan, people, act.today());
        record(act, EventKind.CREATED, null, null);
    }

    /** What the curator plans: the form, the kind and the period. */
    record Plan(MentorshipForm form, MentorshipKind kind, LocalDate plannedStart, LocalDate plannedEnd) {}

    Long id() {
        return id;
    }

    long organizationId() {
        return organizationId;
    }

    String organizationPath() {
        return organizationPath;
    }

    MentorshipForm form() {
        return form;
    }

    MentorshipStatus status() {
        return status;
    }

    LocalDate plannedStart() {
        return plannedStart;
    }

    LocalDate plannedEnd() {
        return plannedEnd;
    }

    long version() {
        return version;
    }

    List<Member> current() {
        return members.stream().filter(Member::current).toList();
    }

    List<Member> current(MemberRole role) {
        return members.stream().filter(m -> m.current() && m.role() == role).toList();
    }

    /** Whether the person is or was a member. */
    boolean hasMember(Long personId) {
        return personId != null && members.stream().anyMatch(m -> m.personId() == personId);
    }

    Optional<Member> member(long memberId) {
        return members.stream().filter(m -> m.id() == memberId).findFirst();
    }

    /** A draft's plan and members change together; its members are already checked. */
    void change(Plan plan, List<Member.Candidate> people, Act act) {
        require(status == MentorshipStatus.DRAFT, "mentorship.refused.notDraft");
        members.clear();
        apply(plan, people, act.today());
        record(act, EventKind.CHANGED, null, null);
    }

    private void apply(Plan plan, List<Member.Candidate> people, LocalDate today) {
        long mentors =
                people.stream().filter(p -> p.role() == MemberRole.MENTOR).count();
        long mentees = people.size() - mentors;
        if (!plan.kind().allows((int) mentors, (int) mentees)) {
            throw new FieldProblem("kind", "mentorship.kind." + plan.kind() + ".members");
        }
        this.form = plan.form();
        this.kind = plan.kind();
        this.plannedStart = plan.plannedStart();
        this.plannedEnd = plan.plannedEnd();
        people.forEach(p -> members.add(new Member(this, p, today)));
    }

    void requestConsents(Act act) {
        require(status == MentorshipStatus.DRAFT, "mentorship.refused.notDraft");
        status = MentorshipStatus.AWAITING_CONSENT;
        record(act, EventKind.CONSENTS_REQUESTED, null, null);
    }

    /** A member's consent; the last one needed makes the mentorship consented. */
    void consent(Member member, LocalDate on, ConsentWay way, String document, Act act, String name) {
        require(status != MentorshipStatus.DRAFT && status.open(), "mentorship.refused.consentNotAsked");
        require(member.current(), "mentorship.refused.memberLeft");
        require(!member.consented(), "mentorship.refused.alreadyConsented");
        member.consent(on, way, document, act.actor());
        record(act, EventKind.CONSENT_GIVEN, name, document, member.personId(), null);
        if (status == MentorshipStatus.AWAITING_CONSENT && allConsented()) {
            status = MentorshipStatus.CONSENTED;
            record(act, EventKind.CONSENTED, null, null);
        }
    }

    boolean allConsented() {
        return current().stream().allMatch(Member::consented);
    }

    /** Back to a draft to change its members: the consents given are void and the timeline says so. */
    void returnToDraft(Act act) {
        require(
                status == MentorshipStatus.AWAITING_CONSENT || status == MentorshipStatus.CONSENTED,
                "mentorship.refused.notAwaiting");
        members.forEach(Member::withdrawConsent);
        status = MentorshipStatus.DRAFT;
        record(act, EventKind.RETURNED_TO_DRAFT, null, null);
    }

    /** Fixed by the head's order; active at once when its planned start has come. */
    void fix(long orderId, String orderNumber, LocalDate orderDate, Act act) {
        require(status == MentorshipStatus.CONSENTED && allConsented(), "mentorship.refused.notConsented");
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        status = MentorshipStatus.FIXED;
        record(act, EventKind.FIXED, orderNumber, null);
        activateIfDue(act);
    }

    /** Fixed and its planned start has come: active. */
    boolean activateIfDue(Act act) {
        if (status != MentorshipStatus.FIXED || plannedStart.isAfter(act.today())) {
            return false;
        }
        status = MentorshipStatus.ACTIVE;
        record(act, EventKind.ACTIVATED, null, null);
        return true;
    }

    /** The mentee asks for another mentor; the curator decides. */
    void requestReplacement(Member mentee, String reason, Act act, String name) {
        require(status != MentorshipStatus.DRAFT && status.open(), "mentorship.refused.closed");
        require(mentee.role() == MemberRole.MENTEE && mentee.current(), "mentorship.refused.memberLeft");
        record(act, EventKind.REPLACEMENT_REQUESTED, name, reason, mentee.personId(), null);
    }

    /**
     * A new mentor instead of the old one (or of one who resigned, when {@code old} is null). Until
     * the new mentor's consent is recorded a consented mentorship awaits it again.
     */
    Member replaceMentor(Member old, Member.Candidate candidate, LocalDate on, String reason, Act act, String names) {
        require(status != MentorshipStatus.DRAFT && status.open(), "mentorship.refused.closed");
        if (old != null) {
            require(old.role() == MemberRole.MENTOR && old.current(), "mentorship.refused.memberLeft");
            require(!on.isBefore(old.joinedOn()), "mentorship.refused.beforeJoined");
            old.leave(on, reason);
        }
        Member added = new Member(this, candidate, on);
        members.add(added);
        if (status == MentorshipStatus.CONSENTED) {
            status = MentorshipStatus.AWAITING_CONSENT;
        }
        record(
                act,
                EventKind.MENTOR_REPLACED,
                names,
                reason,
                old == null ? null : old.personId(),
                candidate.personId());
        return added;
    }

    /** A mentor's motivated application to leave: the mentees stay and await a new mentor. */
    void resign(Member mentor, LocalDate on, String reason, Act act, String name) {
        require(status != MentorshipStatus.DRAFT && status.open(), "mentorship.refused.closed");
        require(mentor.role() == MemberRole.MENTOR && mentor.current(), "mentorship.refused.memberLeft");
        require(!on.isBefore(mentor.joinedOn()), "mentorship.refused.beforeJoined");
        mentor.leave(on, reason);
        record(act, EventKind.MENTOR_RESIGNED, name, reason, mentor.personId(), null);
    }

    void complete(LocalDate on, String note, Act act) {
        require(status == MentorshipStatus.ACTIVE, "mentorship.refused.notActive");
        require(!on.isBefore(plannedStart), "mentorship.refused.endBeforeStart");
        end(MentorshipStatus.COMPLETED, EventKind.COMPLETED, on, note, act);
    }

    void terminate(LocalDate on, String reason, Act act) {
        require(status.open() && status != MentorshipStatus.DRAFT, "mentorship.refused.closed");
        end(MentorshipStatus.TERMINATED, EventKind.TERMINATED, on, reason, act);
    }

    private void end(MentorshipStatus to, EventKind kind, LocalDate on, String note, Act act) {
        status = to;
        endedOn = on;
        endNote = note;
        current().forEach(m -> m.leave(on, null));
        record(act, kind, null, note);
    }

    private void record(Act act, EventKind kind, String subject, String note) {
        record(act, kind, subject, note, null, null);
    }

    private void record(Act act, EventKind kind, String subject, String note, Long about, Long other) {
        events.add(new Event(this, act, kind, subject, note, about, other));
    }

    private static void require(boolean condition, String code) {
        if (!condition) {
            throw new FieldProblem("status", code);
        }
    }
}
