package org.nastavnik.notification;

import java.util.List;
import org.nastavnik.mentorship.ConsentsRequested;
import org.nastavnik.mentorship.ReplacementRequested;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.PermissionHolders;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * In-app notices of pairs and groups: a member is asked for their consent; the curators hear that a
 * mentee asks for another mentor. Each once per subject, after the change is committed.
 */
@Component
class MentorshipNotices {

    static final String CONSENT = "notification.pairConsent";
    static final String REPLACEMENT = "notification.pairReplacement";

    private final NotificationService notifications;
    private final PermissionHolders holders;

    MentorshipNotices(NotificationService notifications, PermissionHolders holders) {
        this.notifications = notifications;
        this.holders = holders;
    }

    @ApplicationModuleListener
    void on(ConsentsRequested event) {
        String id = String.valueOf(event.mentorshipId());
        for (long person : event.personIds()) {
            notifications.notify(person, "pair-consent:" + id, CONSENT, List.of(id), "/pairs/" + id);
        }
    }

    @ApplicationModuleListener
    void on(ReplacementRequested event) {
        String id = String.valueOf(event.mentorshipId());
        for (PermissionHolders.Holder holder : holders.nearest(Permission.FORM_PAIRS, event.organizationPath())) {
            notifications.notify(
                    holder.personId(),
                    "pair-replacement:" + id,
                    REPLACEMENT,
                    List.of(id, event.menteeName()),
                    "/pairs/" + id);
        }
    }
}
