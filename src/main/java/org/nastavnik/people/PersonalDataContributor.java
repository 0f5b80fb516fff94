package org.nastavnik.people;

import java.util.List;

/**
 * Implemented by modules that depend on {@code people} and hold more data about a person (for
 * example {@code access}: the account and the roles), so that the export of one person's data is
 * complete without {@code people} depending on them.
 */
public interface PersonalDataContributor {

    /** What this module holds about the person, for the export. */
    List<PersonalDataSection> sections(long personId);

    /**
     * The categories of data this module removes when the person is anonymized (it does so on
     * {@link PersonAnonymized}); they are listed in the destruction journal.
     */
    default List<String> anonymizedCategories(long personId) {
        return List.of();
    }
}
