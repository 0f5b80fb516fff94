package org.nastavnik.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "account")
class Account {

    static final int ATTEMPTS_BEFORE_LOCK = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    private long personId;
    private String username;
    private String passwordHash;
    private boolean enabled = true;
    private String totpSecret;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected Account() {}

    Account(long personId, String username, String passwordHash) {
        this.personId = personId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for a while. */
    void signInFailed(Instant now) {
        failedAttempts++;
        if (failedAttempts >= ATTEMPTS_BEFORE_LOCK) {
            lockedUntil = now.plus(LOCK.multipliedBy(1L << Math.min(4, failedAttempts - ATTEMPTS_BEFORE_LOCK)));
        }
    }

    void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
    }

    void enableSecondFactor(String secret) {
        this.totpSecret = secret;
    }

    void disable() {
        this.enabled = false;
    }

    /** The person was anonymized: no user name that identifies them, no way to sign in. */
    void anonymize(String neutralUsername) {
        this.username = neutralUsername;
        this.totpSecret = null;
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    String totpSecret() {
        return totpSecret;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
