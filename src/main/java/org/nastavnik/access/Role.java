package org.nastavnik.access;

import java.util.EnumSet;
import java.util.Set;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.UnitLevel;

/** Roles of DESIGN.md "Access", each granted at a unit of one level and carrying permissions. */
public enum Role {
    ADMIN(0, null, EnumSet.allOf(Permission.class)),
    REGION_OPERATOR(1, UnitLevel.REGION, Role.unitFunctions()),
    MUNICIPAL_COORDINATOR(2, UnitLevel.MUNICIPALITY, Role.unitFunctions()),
    HEAD(3, UnitLevel.ORGANIZATION, Role.organizationFunctions()),
    CURATOR(
            4,
            UnitLevel.ORGANIZATION,
            EnumSet.of(
                    Permission.READ,
                    Permission.EDIT_PEOPLE,
                    Permission.MANAGE_PERSONAL_DATA,
                    Permission.EDIT_ROADMAPS,
                    Permission.FORM_PAIRS,
                    Permission.KEEP_ORDERS)),
    PSYCHOLOGIST(4, UnitLevel.ORGANIZATION, EnumSet.of(Permission.READ, Permission.ASSESS_COMPATIBILITY)),
    MENTOR(5, UnitLevel.ORGANIZATION, EnumSet.noneOf(Permission.class)),
    MENTEE(5, UnitLevel.ORGANIZATION, EnumSet.noneOf(Permission.class));

    /** Everything over one's units; the reference lists are the administrators' alone. */
    private static EnumSet<Permission> unitFunctions() {
        return EnumSet.complementOf(EnumSet.of(Permission.EDIT_CATALOGS));
    }

    /** An organization's head does not decide the municipal contest its own nominees take part in. */
    private static EnumSet<Permission> organizationFunctions() {
        EnumSet<Permission> functions = unitFunctions();
        functions.remove(Permission.DECIDE_CONTEST);
        return functions;
    }

    private final int rank;
    private final UnitLevel level;
    private final Set<Permission> permissions;

    Role(int rank, UnitLevel level, Set<Permission> permissions) {
        this.rank = rank;
        this.level = level;
        this.permissions = permissions;
    }

    /** The level of unit this role is granted at; null for the system-wide administrator. */
    public UnitLevel level() {
        return level;
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether a holder of this role may grant the other one (only roles below their own). */
    public boolean mayGrant(Role other) {
        return this == ADMIN || (has(Permission.GRANT_ROLES) && other.rank > rank);
    }

    /** Roles that need a second factor at sign-in. */
    public boolean requiresSecondFactor() {
        return this == ADMIN || this == REGION_OPERATOR;
    }
}
