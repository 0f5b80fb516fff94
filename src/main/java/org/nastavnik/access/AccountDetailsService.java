package org.nastavnik.access;

import java.time.Instant;
import org.nastavnik.people.PeopleService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in by e-mail (the user name). */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final RoleAssignments assignments;
    private final PeopleService people;

    AccountDetailsService(Accounts accounts, RoleAssignments assignments, PeopleService people) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        boolean secondFactor = account.totpSecret() != null
                || assignments.findByPersonIdAndRevokedAtIsNull(account.personId()).stream()
                        .anyMatch(a -> a.role().requiresSecondFactor());
        return new SignedIn(
                account.id(),
                account.personId(),
                account.username(),
                people.shortName(account.personId()),
                account.passwordHash(),
                account.enabled(),
                account.lockedAt(Instant.now()),
                secondFactor);
    }
}
