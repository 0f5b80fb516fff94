package org.nastavnik.notification;

import org.nastavnik.common.RussianText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sends the daily jobs' reminders: in the app once per person and subject, and by e-mail (its subject
 * under the message code + {@code .subject}) only when the notification is new, so a re-run mails
 * nobody twice.
 */
@Component
class ReminderSender {

    private final NotificationService notifications;
    private final ReminderMail mail;
    private final MessageSource messages;

    ReminderSender(NotificationService notifications, ReminderMail mail, MessageSource messages) {
        this.notifications = notifications;
        this.mail = mail;
        this.messages = messages;
    }

    /** Whether the person had no such notification yet (and was notified and mailed now). */
    boolean send(Reminder reminder, long personId, String email) {
        if (!notifications.notify(
                personId, reminder.subjectKey(), reminder.messageCode(), reminder.arguments(), reminder.link())) {
            return false;
        }
        Object[] values = reminder.arguments().toArray();
        mail.send(
                email,
                messages.getMessage(reminder.messageCode() + ".subject", values, RussianText.RU),
                messages.getMessage(reminder.messageCode(), values, RussianText.RU));
        return true;
    }
}
