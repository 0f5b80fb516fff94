package org.nastavnik.common.validation;

/** How a person's surname, first name and patronymic are checked everywhere: forms and imports. */
public final class Names {

    /** Letters, then letters, spaces, apostrophes and hyphens. */
    public static final String PATTERN = "^\\p{L}[\\p{L}\\s'\\-\u2019]*$";

    public static final int MAX = 100;

    private Names() {}
}
