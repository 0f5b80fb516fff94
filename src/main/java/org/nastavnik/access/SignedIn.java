package org.nastavnik.access;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in account. Roles are not cached here: the policy reads the current
 * assignments on every request, so a revoked role stops working at once.
 */
public record SignedIn(
        long accountId,
        long personId,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        boolean locked,
        boolean secondFactorRequired)
        implements UserDetails, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Without the hash, for keeping in the session. */
    SignedIn erased() {
        return new SignedIn(accountId, personId, username, displayName, null, enabled, locked, secondFactorRequired);
    }
}
