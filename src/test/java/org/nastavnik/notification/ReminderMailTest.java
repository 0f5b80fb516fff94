package org.nastavnik.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class ReminderMailTest {

    @Test
    @SuppressWarnings("unchecked")
    void withoutSmtpNothingIsSentAndNothingFails() {
        ObjectProvider<JavaMailSender> none = mock(ObjectProvider.class);

        assertThat(new ReminderMail(none, "from@example.org").send("to@example.org", "s", "t"))
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailingSmtpServerIsLoggedAndDoesNotStopTheJob() {
        JavaMailSender sender = mock(JavaMailSender.class);
        doThrow(new MailSendException("connection refused")).when(sender).send(any(SimpleMailMessage.class));
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(sender);

        assertThat(new ReminderMail(provider, "from@example.org").send("to@example.org", "s", "t"))
                .isFalse();
    }
}
