package org.nastavnik.structure;

/**
 * The signed-in caller's rights, implemented by the access module. Services ask it for the scope
 * of a permission and filter or refuse accordingly.
 */
public interface AccessPolicy {

    /** The scope of the permission; {@link Scope#NOTHING} when no role of the caller has it. */
    Scope scope(Permission permission);

    /** The signed-in person, or null when nobody (or the system itself) acts. */
    Long personId();

    /** Who is acting, for audit records. */
    String actor();
}
