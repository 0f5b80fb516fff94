package org.nastavnik.notification;

import java.util.Arrays;
import java.util.List;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.structure.AccessPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's notifications, and the one way to create them (once per person and subject). */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    /** The most notifications the page lists. */
    public static final int LIMIT = 200;

    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    NotificationService(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** The caller's notifications, unread first, newest first; none for the system or nobody. */
    public List<NotificationView> mine() {
        Long me = policy.personId();
        if (me == null) {
            return List.of();
        }
        return jdbc.sql("select id, message_code, arguments, link, created_at, read_at from notification"
                        + " where person_id = ? order by read_at is not null, created_at desc, id desc limit ?")
                .params(me, LIMIT)
                .query((rs, n) -> new NotificationView(
                        rs.getLong("id"),
                        rs.getString("message_code"),
                        Arrays.asList(rs.getString("arguments").split(SEPARATOR, -1)),
                        rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    public long unread() {
        Long me = policy.personId();
        if (me == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from notification where person_id = ? and read_at is null")
                .param(me)
                .query(Long.class)
                .single();
    }

    /** Marks one of the caller's notifications read; 404 for anybody else's. */
    @Transactional
    public void markRead(long id) {
        int updated = jdbc.sql(
                        "update notification set read_at = coalesce(read_at, now()) where id = ? and person_id = ?")
                .params(id, policy.personId())
                .update();
        if (updated == 0) {
            throw new NotFoundException("notification", id);
        }
    }

    @Transactional
    public int markAllRead() {
        return jdbc.sql("update notification set read_at = now() where person_id = ? and read_at is null")
                .param(policy.personId())
                .update();
    }

    /** Creates the notification unless the person already has one on the subject; whether it did. */
    @Transactional
    boolean notify(long personId, String subjectKey, String messageCode, List<String> arguments, String link) {
        return jdbc.sql("insert into notification (id, person_id, subject_key, message_code, arguments, link)"
                                + " values (nextval('notification_seq'), ?, ?, ?, ?, ?)"
                                + " on conflict (person_id, subject_key) do nothing")
                        .params(
                                personId,
                                subjectKey,
                                messageCode,
                                String.join(
                                        SEPARATOR,
                                        arguments.stream()
                                                .map(a -> a.replace(SEPARATOR, " "))
                                                .toList()),
                                link)
                        .update()
                == 1;
    }
}
