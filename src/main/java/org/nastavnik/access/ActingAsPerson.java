package org.nastavnik.access;

import java.util.Optional;
import java.util.function.Supplier;
import org.nastavnik.structure.PersonRights;
import org.springframework.stereotype.Component;

/** Runs work as a person who has an enabled account, with their roles of the moment. */
@Component
class ActingAsPerson implements PersonRights {

    private final Accounts accounts;

    ActingAsPerson(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public <T> Optional<T> asPerson(long personId, Supplier<T> action) {
        return accounts.findByPersonId(personId)
                .filter(Account::enabled)
                .map(account -> CurrentPolicy.asPerson(personId, account.username(), action));
    }
}
