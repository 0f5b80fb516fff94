package org.nastavnik.bank;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.nastavnik.common.AcademicYear;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.people.PeopleService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What both banks do alike with their stored profiles: find one within the caller's scope, record a
 * change in the audit, and confirm profiles for the current academic year.
 */
final class ProfileRecords<R extends ProfileRecords.Stored> {

    /** A stored profile row as the shared operations need it. */
    interface Stored {
        long id();

        long personId();

        String organizationPath();

        Integer confirmedYear();

        Map<String, Object> snapshot();
    }

    private final String table;
    private final LongFunction<R> finder;
    private final JdbcClient jdbc;
    private final ProfilePeople persons;
    private final PeopleService people;
    private final ApplicationEventPublisher events;

    ProfileRecords(
            String table,
            LongFunction<R> finder,
            JdbcClient jdbc,
            ProfilePeople persons,
            PeopleService people,
            ApplicationEventPublisher events) {
        this.table = table;
        this.finder = finder;
        this.jdbc = jdbc;
        this.persons = persons;
        this.people = people;
        this.events = events;
    }

    long nextId() {
        return jdbc.sql("select nextval('bank_seq')").query(Long.class).single();
    }

    int currentYear() {
        return AcademicYear.of(people.today()).startYear();
    }

    /** The profile; 404 when it does not exist or lies outside the caller's scope. */
    R visible(long id) {
        R row = finder.apply(id);
        if (row == null || !persons.readable(row.personId(), row.organizationPath())) {
            throw new NotFoundException(table, id);
        }
        return row;
    }

    /** The profile the caller may change; 403 when they may only see it. */
    R editable(long id) {
        R row = visible(id);
        if (!persons.mayEdit(row.organizationPath())) {
            throw new ForbiddenException("change " + table);
        }
        return row;
    }

    void created(long id) {
        R saved = finder.apply(id);
        events.publishEvent(
                new ChangeRecorded(table, id, saved.organizationPath(), "create", Map.of(), saved.snapshot()));
    }

    /** Records the change from {@code before} to what is stored now. */
    void changed(R before, String action) {
        R after = finder.apply(before.id());
        events.publishEvent(new ChangeRecorded(
                table, before.id(), before.organizationPath(), action, before.snapshot(), after.snapshot()));
    }

    /**
     * Marks the profiles confirmed in the current academic year, all or none: a profile the caller
     * may not see or change refuses the whole request. Returns how many were confirmed now (those
     * already confirmed stay as they are).
     */
    int confirm(Collection<Long> ids) {
        int year = currentYear();
        List<R> chosen = ids.stream()
                .distinct()
                .map(this::editable)
                .filter(r -> !Integer.valueOf(year).equals(r.confirmedYear()))
                .toList();
        if (chosen.isEmpty()) {
            return 0;
        }
        jdbc.sql("update " + table + " set confirmed_year = ?, version = version + 1 where id = any(?)")
                .params(year, chosen.stream().map(Stored::id).toArray(Long[]::new))
                .update();
        for (R before : chosen) {
            Map<String, Object> was = new java.util.HashMap<>();
            was.put("confirmedYear", before.confirmedYear());
            events.publishEvent(new ChangeRecorded(
                    table, before.id(), before.organizationPath(), "confirm", was, Map.of("confirmedYear", year)));
        }
        return chosen.size();
    }
}
