package org.nastavnik.bank;

import java.util.ArrayList;
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
        return sameField(List.of(personId), List.of(deficitIds)).get(0);
    }

    /**
     * For each person with the deficits beside them (a person may come twice, with other deficits),
     * whether they are an active mentor of the field of those deficits; in the same order.
     */
    List<Boolean> sameField(List<Long> persons, List<? extends Collection<Long>> deficits) {
        Map<Long, Set<Long>> competencies = new HashMap<>();
        if (!persons.isEmpty()) {
            jdbc.sql("select person_id, competency_ids from mentor_profile where person_id = any(?)"
                            + " and status = 'ACTIVE'")
                    .param(persons.stream().distinct().toArray(Long[]::new))
                    .query(rs -> {
                        competencies
                                .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                                .addAll(MentorService.longs(rs.getArray(2)));
                    });
        }
        Map<Long, Set<Long>> covered = competencies.isEmpty() ? Map.of() : catalog.coveredDeficits();
        List<Boolean> same = new ArrayList<>(persons.size());
        for (int i = 0; i < persons.size(); i++) {
            Set<Long> own = competencies.get(persons.get(i));
            if (own == null) {
                same.add(false);
                continue;
            }
            Set<Long> field = new HashSet<>();
            own.forEach(c -> field.addAll(covered.getOrDefault(c, Set.of())));
            Collection<Long> marked = deficits.get(i);
            same.add(marked.isEmpty() || field.isEmpty() || marked.stream().anyMatch(field::contains));
        }
        return same;
    }
}
