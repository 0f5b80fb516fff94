package org.nastavnik.notification.web;

import org.nastavnik.notification.NotificationService;
import org.springframework.stereotype.Component;

/** The unread count beside the bell of the menu ({@code @bell} in the layout). */
@Component("bell")
class NotificationBell {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    public long unread() {
        return notifications.unread();
    }
}
