package org.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pair or group as its card and the API show it.
 *
 * @param members everyone who is or was a member, those who left with the date and reason
 * @param replacementRequested a mentee asked for another mentor and nobody was replaced since
 * @param mayManage whether the caller forms pairs in its organization
 * @param mayAssess whether the caller records the psychologist's view of its members' compatibility
 * @param me the caller's own current membership, or null
 */
public record MentorshipView(
        long id,
        long organizationId,
        String organization,
        MentorshipForm form,
        MentorshipKind kind,
        MentorshipStatus status,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        Long orderId,
        String orderNumber,
        LocalDate orderDate,
        LocalDate endedOn,
        String endNote,
        List<MemberView> members,
        List<EventView> timeline,
        boolean replacementRequested,
        long version,
        boolean mayManage,
        boolean mayAssess,
        MemberView me) {

    public record MemberView(
            long id,
            MemberRole role,
            long profileId,
            long personId,
            String name,
            String organization,
            String field,
            LocalDate joinedOn,
            LocalDate leftOn,
            String leftReason,
            LocalDate consentOn,
            ConsentWay consentWay,
            String consentDocument,
            boolean scan) {

        public boolean current() {
            return leftOn == null;
        }
    }

    public record EventView(
            Instant at, EventKind kind, MentorshipStatus status, String actor, String subject, String note) {}

    public List<MemberView> current(MemberRole role) {
        return members.stream().filter(m -> m.current() && m.role() == role).toList();
    }

    public List<MemberView> currentMentors() {
        return current(MemberRole.MENTOR);
    }

    public List<MemberView> currentMentees() {
        return current(MemberRole.MENTEE);
    }

    /** Members who left before the mentorship ended: replaced or resigned mentors. */
    public List<MemberView> former() {
        return members.stream().filter(m -> m.leftReason() != null).toList();
    }

    public boolean allConsented() {
        return members.stream().filter(MemberView::current).allMatch(m -> m.consentOn() != null);
    }

    public boolean mentorMissing() {
        return status.open() && currentMentors().isEmpty();
    }

    /** The signed-in member may give their consent now. */
    public boolean mayConsent() {
        return me != null && me.consentOn() == null && status != MentorshipStatus.DRAFT && status.open();
    }
}
