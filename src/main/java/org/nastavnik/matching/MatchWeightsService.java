package org.nastavnik.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weights of the fit criteria per municipality, kept by whoever forms pairs over the whole
 * municipality (its coordinator, the region's operator, administrators); the defaults where none
 * are set.
 */
@Service
@Transactional(readOnly = true)
public class MatchWeightsService {

    /** A municipality's weights with the version they were read at (0 before the first save). */
    public record Stored(UnitView municipality, MatchWeights weights, boolean defaults, long version) {}

    private static final String COLUMNS =
            "subject, deficits, experience, organization, capacity, format, compatibility";

    private final JdbcClient jdbc;
    private final StructureService structure;
    private final ApplicationEventPublisher events;

    MatchWeightsService(JdbcClient jdbc, StructureService structure, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.structure = structure;
        this.events = events;
    }

    /** The municipalities whose weights the caller keeps: those wholly in their FORM_PAIRS scope. */
    public List<UnitView> municipalities() {
        return structure.units(Permission.FORM_PAIRS, UnitLevel.MUNICIPALITY);
    }

    /** The weights of a municipality the caller keeps; 404 for any other unit. */
    public Stored get(long municipalityId) {
        UnitView municipality = municipalities().stream()
                .filter(u -> u.id() == municipalityId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("municipality", municipalityId));
        return jdbc.sql("select " + COLUMNS + ", version from match_weights where municipality_id = ?")
                .param(municipalityId)
                .query((rs, n) -> new Stored(municipality, weights(rs), false, rs.getLong("version") + 1))
                .optional()
                .orElse(new Stored(municipality, MatchWeights.DEFAULT, true, 0));
    }

    /**
     * The weights that apply to a unit with this path: its municipality's, else the defaults. Needs
     * no rights.
     */
    public MatchWeights covering(String unitPath) {
        Map<String, MatchWeights> byPath = new HashMap<>();
        jdbc.sql("select u.path, " + COLUMNS + " from match_weights w join unit u on u.id = w.municipality_id")
                .query(rs -> {
                    byPath.put(rs.getString("path"), weights(rs));
                });
        String best = null;
        for (String path : byPath.keySet()) {
            if (unitPath.startsWith(path) && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        return best == null ? MatchWeights.DEFAULT : byPath.get(best);
    }

    /**
     * Saves the weights; {@code expectedVersion} is what {@link #get} gave (a concurrent change
     * otherwise). Every value out of range is reported at once, by field.
     */
    @Transactional
    public void update(long municipalityId, long expectedVersion, MatchWeights weights) {
        Stored before = get(municipalityId);
        FieldProblem.requireNone(MatchWeights.check(weights.byField()));
        if (before.version() != expectedVersion) {
            throw new ConcurrentChangeException("match_weights", municipalityId);
        }
        Object[] values = {
            weights.subject(),
            weights.deficits(),
            weights.experience(),
            weights.organization(),
            weights.capacity(),
            weights.format(),
            weights.compatibility()
        };
        int changed;
        if (expectedVersion == 0) {
            changed = jdbc.sql("insert into match_weights (municipality_id, " + COLUMNS
                            + ") values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(concat(municipalityId, values))
                    .update();
        } else {
            changed = jdbc.sql("update match_weights set subject = ?, deficits = ?, experience = ?, organization = ?,"
                            + " capacity = ?, format = ?, compatibility = ?, version = version + 1"
                            + " where municipality_id = ? and version = ?")
                    .params(concat(concat(values, municipalityId), expectedVersion - 1))
                    .update();
        }
        if (changed == 0) {
            throw new ConcurrentChangeException("match_weights", municipalityId);
        }
        events.publishEvent(new ChangeRecorded(
                "match_weights",
                municipalityId,
                before.municipality().path(),
                "update",
                Map.copyOf(before.weights().byField()),
                Map.copyOf(weights.byField())));
    }

    private static MatchWeights weights(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MatchWeights(
                rs.getInt("subject"),
                rs.getInt("deficits"),
                rs.getInt("experience"),
                rs.getInt("organization"),
                rs.getInt("capacity"),
                rs.getInt("format"),
                rs.getInt("compatibility"));
    }

    private static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Object[] concat(Object[] first, Object last) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }
}
