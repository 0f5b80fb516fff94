package org.nastavnik.access.web;

import java.util.HashMap;
import java.util.Map;
import org.nastavnik.people.PeopleService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Who did something, as pages show it: the records keep the account's user name (an e-mail), a
 * curator reads «Иванова Л. М.». Looked up once per user name and request; a user name without a
 * person (the system, an administrator's own account) is shown as it is. Templates call it as
 * {@code ${@accountNames.of(changedBy)}}.
 */
@Component("accountNames")
@RequestScope
public class AccountNames {

    private final JdbcClient jdbc;
    private final PeopleService people;
    private final Map<String, String> known = new HashMap<>();

    AccountNames(JdbcClient jdbc, PeopleService people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** «Фамилия И. О.» of the account's person; the user name itself without one; empty for null. */
    public String of(String username) {
        if (username == null) {
            return "";
        }
        return known.computeIfAbsent(username, name -> jdbc.sql("select person_id from account where username = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .map(people::shortName)
                .filter(s -> !s.isEmpty())
                .orElse(name));
    }
}
