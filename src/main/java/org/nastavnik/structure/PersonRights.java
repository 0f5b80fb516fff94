package org.nastavnik.structure;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work done with the rights of a given person rather than the caller's, for requests that carry a
 * person's secret link instead of a session (a calendar subscription). Implemented by the access
 * module; while the action runs, {@link AccessPolicy} answers for that person.
 */
public interface PersonRights {

    /**
     * The action's result computed with the person's current role assignments; empty, without
     * running it, when the person has no account or the account is disabled.
     */
    <T> Optional<T> asPerson(long personId, Supplier<T> action);
}
