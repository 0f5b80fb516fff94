package org.nastavnik.roadmap;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.structure.PersonRights;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret subscription links to a person's calendar of due dates, for calendar programs that cannot
 * sign in: a random token of 256 bits (URL-safe Base64, 43 characters) of which only the SHA-256
 * is kept. The feed of a token is computed with its person's rights at the time of the request.
 */
@Service
@Transactional(readOnly = true)
public class CalendarSubscriptions {

    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final RoadmapAccess access;
    private final DueCalendar calendar;
    private final PersonRights rights;
    private final SecureRandom random = new SecureRandom();

    CalendarSubscriptions(JdbcClient jdbc, RoadmapAccess access, DueCalendar calendar, PersonRights rights) {
        this.jdbc = jdbc;
        this.access = access;
        this.calendar = calendar;
        this.rights = rights;
    }

    /** When the caller's link was issued; empty when they have none. */
    public Optional<Instant> issuedAt() {
        Long person = access.personId();
        if (person == null) {
            return Optional.empty();
        }
        return jdbc.sql("select issued_at from calendar_token where person_id = ?")
                .param(person)
                .query(Instant.class)
                .optional();
    }

    /**
     * Issues the caller's link, replacing any earlier one (which stops working at once); the token is
     * returned this once and never stored.
     */
    @Transactional
    public String issue() {
        long person = caller();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into calendar_token (person_id, token_hash, issued_at) values (?, ?, now())"
                        + " on conflict (person_id) do update set token_hash = excluded.token_hash,"
                        + " issued_at = excluded.issued_at")
                .params(person, hash(token))
                .update();
        return token;
    }

    /** Switches the caller's link off; nothing happens when they have none. */
    @Transactional
    public void revoke() {
        jdbc.sql("delete from calendar_token where person_id = ?")
                .param(caller())
                .update();
    }

    /**
     * The iCalendar text of the token's person, as they would get it signed in; empty for a token
     * that is malformed, unknown or revoked, and for a person whose account is disabled or who may
     * read nothing. Outside a transaction of its own, so that a refusal inside the feed's
     * transaction ends there rather than marking this one for rollback.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<String> feed(String token, DueLists.Filter filter) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<Long> person = jdbc.sql("select person_id from calendar_token where token_hash = ?")
                .param(hash(token))
                .query(Long.class)
                .optional();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        try {
            return rights.asPerson(person.get(), () -> calendar.feed(filter));
        } catch (ForbiddenException readsNothing) {
            return Optional.empty();
        }
    }

    private long caller() {
        Long person = access.personId();
        if (person == null) {
            throw new ForbiddenException("calendar subscription without a person");
        }
        return person;
    }

    static String hash(String token) {
        return Uploads.sha256(token.getBytes(StandardCharsets.US_ASCII));
    }
}
