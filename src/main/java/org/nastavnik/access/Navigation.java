package org.nastavnik.access;

import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.springframework.stereotype.Component;

/** What the menu of the layout shows to the signed-in user ({@code @nav} in templates). */
@Component("nav")
class Navigation {

    private final CurrentPolicy policy;

    Navigation(CurrentPolicy policy) {
        this.policy = policy;
    }

    public boolean mayReadUnits() {
        Scope scope = policy.scope(Permission.READ);
        return scope.everything() || !scope.paths().isEmpty();
    }

    public boolean mayGrantRoles() {
        return !policy.scope(Permission.GRANT_ROLES).isEmpty();
    }

    public boolean mayEditCatalogs() {
        return policy.scope(Permission.EDIT_CATALOGS).everything();
    }

    public boolean mayViewAudit() {
        return !policy.scope(Permission.VIEW_AUDIT).isEmpty();
    }

    public String displayName() {
        return CurrentPolicy.signedIn().map(SignedIn::displayName).orElse("");
    }
}
