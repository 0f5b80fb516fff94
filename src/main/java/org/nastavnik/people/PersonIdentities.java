package org.nastavnik.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.nastavnik.common.RussianText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the people an import names, many at a time: by СНИЛС, by e-mail, or by full name with the
 * birth date — the keys that are unique among people. A key that names two different people, or a
 * СНИЛС or e-mail of someone with another name, is not a match: the file has a mistake the user
 * must see. The database is asked once per key kind for a whole list, not once per row.
 */
@Component
@Transactional(readOnly = true)
public class PersonIdentities {

    /** How a row of an import names a person; blank parts are null, СНИЛС digits only. */
    public record Key(
            String lastName, String firstName, String middleName, LocalDate birthDate, String snils, String email) {

        String nameKey() {
            return Person.searchText(new PersonData(lastName, firstName, middleName, birthDate, email, null, snils));
        }

        boolean identifies() {
            return snils != null || email != null || (birthDate != null && lastName != null && firstName != null);
        }
    }

    public enum Outcome {
        FOUND,
        /** No one has any of the keys. */
        NOT_FOUND,
        /** The keys belong to different people. */
        AMBIGUOUS,
        /** The СНИЛС or e-mail belongs to a person with another surname or first name. */
        OTHER_NAME,
        /** Neither СНИЛС, nor e-mail, nor a full name with the birth date. */
        NO_KEY
    }

    /**
     * Who a key names and where the person works or learns now ({@code organizationIds}, empty
     * unless found).
     */
    public record Match(Outcome outcome, Long personId, Set<Long> organizationIds) {}

    record Found(long id, String lastName, String firstName) {}

    private final JdbcClient jdbc;

    PersonIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The match of each key, in the keys' order. */
    public List<Match> identify(List<Key> keys) {
        Map<String, Found> bySnils = find("snils", keys.stream().map(Key::snils));
        Map<String, Found> byEmail = find("email", keys.stream().map(Key::email));
        List<String> names = new ArrayList<>();
        List<LocalDate> births = new ArrayList<>();
        for (Key key : keys) {
            if (key.birthDate() != null && key.lastName() != null && key.firstName() != null) {
                names.add(key.nameKey());
                births.add(key.birthDate());
            }
        }
        Map<String, Found> byName = findByName(names, births);
        List<Long> matched = new ArrayList<>();
        List<Match> matches = new ArrayList<>(keys.size());
        for (Key key : keys) {
            Match match = match(key, bySnils, byEmail, byName);
            matches.add(match);
            if (match.personId() != null) {
                matched.add(match.personId());
            }
        }
        Map<Long, Set<Long>> organizations = currentOrganizations(matched);
        return matches.stream()
                .map(m -> m.personId() == null
                        ? m
                        : new Match(m.outcome(), m.personId(), organizations.getOrDefault(m.personId(), Set.of())))
                .toList();
    }

    private static Match match(
            Key key, Map<String, Found> bySnils, Map<String, Found> byEmail, Map<String, Found> byName) {
        if (!key.identifies()) {
            return new Match(Outcome.NO_KEY, null, Set.of());
        }
        Found snils = key.snils() == null ? null : bySnils.get(key.snils());
        Found email = key.email() == null ? null : byEmail.get(key.email());
        Found name = key.birthDate() == null ? null : byName.get(nameAndBirth(key.nameKey(), key.birthDate()));
        List<Found> found = Stream.of(snils, email, name)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (found.isEmpty()) {
            return new Match(Outcome.NOT_FOUND, null, Set.of());
        }
        if (found.size() > 1) {
            return new Match(Outcome.AMBIGUOUS, null, Set.of());
        }
        Found person = found.get(0);
        if (name == null && !sameName(person, key)) {
            return new Match(Outcome.OTHER_NAME, null, Set.of());
        }
        return new Match(Outcome.FOUND, person.id(), Set.of());
    }

    private static boolean sameName(Found person, Key key) {
        return Objects.equals(RussianText.normalize(person.lastName()), RussianText.normalize(key.lastName()))
                && Objects.equals(RussianText.normalize(person.firstName()), RussianText.normalize(key.firstName()));
    }

    /** The people with one of the values in the column ({@code snils} or {@code email}), by value. */
    Map<String, Found> find(String column, Stream<String> values) {
        String[] keys = values.filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, Found> found = new HashMap<>();
        if (keys.length > 0) {
            jdbc.sql("select id, last_name, first_name, " + column + " from person where " + column + " = any(?)")
                    .param(keys)
                    .query(rs -> {
                        found.put(rs.getString(4), new Found(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    });
        }
        return found;
    }

    /** The people with one of the full names (as their sort key) and the birth date beside it. */
    Map<String, Found> findByName(List<String> names, List<LocalDate> births) {
        Map<String, Found> found = new HashMap<>();
        if (!names.isEmpty()) {
            jdbc.sql("select p.id, p.last_name, p.first_name, p.sort_key, p.birth_date from person p"
                            + " join unnest(?::varchar[], ?::varchar[]::date[]) as k(sort_key, birth_date)"
                            + " on p.sort_key = k.sort_key and p.birth_date = k.birth_date")
                    .params(
                            names.toArray(String[]::new),
                            births.stream().map(LocalDate::toString).toArray(String[]::new))
                    .query(rs -> {
                        found.put(
                                nameAndBirth(rs.getString(4), rs.getObject(5, LocalDate.class)),
                                new Found(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    });
        }
        return found;
    }

    private Map<Long, Set<Long>> currentOrganizations(List<Long> personIds) {
        Map<Long, Set<Long>> organizations = new HashMap<>();
        if (!personIds.isEmpty()) {
            Long[] ids = personIds.stream().distinct().toArray(Long[]::new);
            jdbc.sql("select person_id, organization_id from employment where person_id = any(?) and ended_on is null"
                            + " union select person_id, organization_id from participant"
                            + " where person_id = any(?) and ended_on is null")
                    .params(ids, ids)
                    .query(rs -> {
                        organizations
                                .computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                                .add(rs.getLong(2));
                    });
        }
        return organizations;
    }

    static String nameAndBirth(String nameKey, LocalDate birthDate) {
        return nameKey + '\u001f' + birthDate;
    }
}
