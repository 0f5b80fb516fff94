package org.nastavnik.common.validation;

/** How phone numbers and e-mail addresses are checked everywhere: people, agreements, imports. */
public final class Contacts {

    /** Digits, plus, brackets, hyphens and spaces. */
    public static final String PHONE = "^[0-9+()\\-\\s]{5,50}$";

    /**
     * An address as {@code @Email} accepts it (dot-separated atoms of the characters RFC 5322
     * allows unquoted, then a domain with at least one dot), so that the forms and the import agree.
     */
    public static final String EMAIL =
            "^[\\w!#$%&'*+/=?^`{|}~\\u0080-\\uFFFF-]+(\\.[\\w!#$%&'*+/=?^`{|}~\\u0080-\\uFFFF-]+)*"
                    + "@[^@\\s.]+(\\.[^@\\s.]+)+$";

    public static final int EMAIL_MAX = 200;
    public static final int PHONE_MAX = 50;

    private Contacts() {}
}
