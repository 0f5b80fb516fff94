package org.nastavnik.structure;

import java.util.List;
import java.util.StringJoiner;

/**
 * The units a caller may act on for one permission: everything, the subtrees under some unit
 * paths, or (for mentors and mentees) only their own person record.
 *
 * @param everything the whole system (administrators)
 * @param paths unit paths whose subtrees are covered
 * @param selfPersonId when not null, the caller's own person, visible even without paths
 */
public record Scope(boolean everything, List<String> paths, Long selfPersonId) {

    public static final Scope NOTHING = new Scope(false, List.of(), null);

    public static Scope all() {
        return new Scope(true, List.of(), null);
    }

    public boolean isEmpty() {
        return !everything && paths.isEmpty() && selfPersonId == null;
    }

    /** Whether the unit with this path lies inside the scope. */
    public boolean covers(String unitPath) {
        return everything || (unitPath != null && paths.stream().anyMatch(unitPath::startsWith));
    }

    public boolean coversAny(List<String> unitPaths) {
        return everything || unitPaths.stream().anyMatch(this::covers);
    }

    /**
     * The SQL condition that a unit path column lies inside the scope, as prefix matches the path
     * indexes serve, adding its parameters: {@code true} for everything, {@code false} without paths.
     */
    public String pathCondition(String column, List<Object> params) {
        if (everything) {
            return "true";
        }
        if (paths.isEmpty()) {
            return "false";
        }
        StringJoiner any = new StringJoiner(" or ", "(", ")");
        for (String path : paths) {
            any.add(column + " like ?");
            params.add(path + "%");
        }
        return any.toString();
    }
}
