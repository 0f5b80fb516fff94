package org.nastavnik.access;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Throttles repeated failures (a temporary lock) and writes every attempt to the sign-in audit. */
@Component
class SignInEvents {

    private final Accounts accounts;
    private final JdbcClient jdbc;

    SignInEvents(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedIn user) {
            accounts.findById(user.accountId()).ifPresent(Account::signedIn);
            record(user.username(), "SUCCESS");
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String outcome = event instanceof AuthenticationFailureLockedEvent
                ? "LOCKED"
                : event.getException()
                        .getClass()
                        .getSimpleName()
                        .replace("Exception", "")
                        .toUpperCase();
        if (!(event instanceof AuthenticationFailureLockedEvent)) {
            accounts.findByUsernameIgnoreCase(username.strip()).ifPresent(a -> a.signInFailed(Instant.now()));
        }
        record(username, outcome);
    }

    void record(String username, String outcome) {
        jdbc.sql("insert into signin_audit (username, outcome, remote_ip) values (?, ?, ?)")
                .params(abbreviate(username), outcome, remoteAddress())
                .update();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
