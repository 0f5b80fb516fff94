package org.nastavnik.bank;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nastavnik.catalog.CatalogService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * «A person cannot be a mentee and a mentor of the same field without a warning»: a mentee's
 * deficits are in a mentor's field when one of the person's active mentor profiles has a competency
 * covering them (the catalog links competencies to deficit areas). When either side names nothing
 * the field cannot be told apart, so it counts as the same.
 */
@Component
class SameField {

    private final JdbcClient jdbc;
    private final CatalogService catalog;

    SameField(JdbcClient jdbc, CatalogService catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    boolean mentorOfTheSameField(long personId, Collection<Long> deficitIds) {
        return !mentorsOfTheSameField(Map.of(personId, deficitIds)).isEmpty();
    }

    /** The persons among these who are active mentors of the field of their deficits. */
    Set<Long> mentorsOfTheSameField(Map<Long, ? extends Collection<Long>> deficitsByPerson) {
        Map<Long, Set<Long>> competencies = new HashMap<>();
        if (!deficitsByPerson.isEmpty()) {
            jdbc.sql("select person_id, competency_ids from mentor_profile where person_id = any(?)"
                            + " and status = 'ACTIVE'")
                    .param(deficitsByPerson.keySet().toArray(Long[]::new))
                    .query(rs -> {
                        Set<Long> own = competencies.computeIfAbsent(rs.getLong(1), k -> new HashSet<>());
                        own.addAll(List.of((Long[]) rs.getArray(2).getArray()));
                    });
        }
        Map<Long, Set<Long>> covered = competencies.isEmpty() ? Map.of() : catalog.coveredDeficits();
        Set<Long> same = new HashSet<>();
        competencies.forEach((person, own) -> {
            Collection<Long> deficits = deficitsByPerson.get(person);
            Set<Long> field = new HashSet<>();
            own.forEach(c -> field.addAll(covered.getOrDefault(c, Set.of())));
            if (deficits.isEmpty() || field.isEmpty() || deficits.stream().anyMatch(field::contains)) {
                same.add(person);
            }
        });
        return same;
    }
}
