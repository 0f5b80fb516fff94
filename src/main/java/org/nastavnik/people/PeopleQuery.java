package org.nastavnik.people;

/**
 * The filters of the people list; null means "any".
 *
 * @param text words of a name in any order, each a part of a word
 * @param sort NAME, NAME_DESC or EXPERIENCE
 */
public record PeopleQuery(
        String text, Long organizationId, Long positionId, Long subjectId, String category, String sort) {

    public static final PeopleQuery ALL = new PeopleQuery(null, null, null, null, null, null);
}
