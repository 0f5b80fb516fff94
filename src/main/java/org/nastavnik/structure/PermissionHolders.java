package org.nastavnik.structure;

import java.util.List;

/**
 * Who holds a permission over a unit, for messages addressed to them (reminders); implemented by
 * the access module. Not scoped to a caller.
 */
public interface PermissionHolders {

    /**
     * The people nearest to the unit who hold the permission over it: those whose role is at the unit
     * itself or, when nobody's is, at the closest ancestor that has someone — so a school's reminders
     * go to its curator and head, not to every coordinator above. System-wide administrators are not
     * included.
     */
    List<Holder> nearest(Permission permission, String unitPath);

    /**
     * The people holding a role granted at exactly this unit (not above or below it), by the name
     * of the access module's role («CURATOR», «HEAD», «PSYCHOLOGIST», «MENTOR»); none for a name no
     * role has.
     */
    List<Long> holdingRole(String role, String unitPath);

    /**
     * The people whose role holding the permission is at the unit itself (not above it): an
     * organization's curator and head, without the coordinators that {@link #nearest} falls back to
     * when the organization has nobody. System-wide administrators are not included.
     */
    List<Holder> at(Permission permission, String unitPath);

    /** The people among these with an enabled account, each with the e-mail they sign in with. */
    List<Holder> withAccounts(java.util.Collection<Long> personIds);

    /** A person with the e-mail they sign in with (null without an enabled account). */
    record Holder(long personId, String email) {}
}
