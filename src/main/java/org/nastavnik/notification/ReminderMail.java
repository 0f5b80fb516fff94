package org.nastavnik.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder by e-mail when SMTP is configured ({@code spring.mail.host}: Spring Boot then
 * provides the sender); otherwise does nothing. A failure is logged and never stops the job.
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    ReminderMail(
            ObjectProvider<JavaMailSender> sender,
            @Value("${nastavnik.reminders.mail-from:nastavnik@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether the message was handed to the SMTP server. */
    boolean send(String to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || to == null) {
            return false;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(text);
            mail.send(message);
            return true;
        } catch (RuntimeException failed) {
            log.warn("Reminder to {} not sent: {}", to, failed.getMessage());
            return false;
        }
    }
}
