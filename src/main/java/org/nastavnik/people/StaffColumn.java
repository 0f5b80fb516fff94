package org.nastavnik.people;

/**
 * The columns of the staff-list template, in template order. The header of each is the message
 * {@code people.import.column.<NAME>}; {@code field} names the form field whose rules apply, so a
 * rule broken by a field is reported in its column.
 */
enum StaffColumn {
    LAST_NAME("lastName", Kind.TEXT),
    FIRST_NAME("firstName", Kind.TEXT),
    MIDDLE_NAME("middleName", Kind.TEXT),
    BIRTH_DATE("birthDate", Kind.DATE),
    SNILS("snils", Kind.TEXT),
    EMAIL("email", Kind.TEXT),
    PHONE("phone", Kind.TEXT),
    POSITION("positionId", Kind.TEXT),
    SUBJECTS("subjectIds", Kind.TEXT),
    PEDAGOGICAL_SINCE("pedagogicalSince", Kind.DATE),
    ORGANIZATION_SINCE("organizationSince", Kind.DATE),
    QUALIFICATION("qualification", Kind.TEXT),
    MENTOR_CATEGORY_SINCE("mentorCategorySince", Kind.DATE),
    METHODIST_CATEGORY_SINCE("methodistCategorySince", Kind.DATE);

    enum Kind {
        TEXT,
        DATE
    }

    private final String field;
    private final Kind kind;

    StaffColumn(String field, Kind kind) {
        this.field = field;
        this.kind = kind;
    }

    String headerCode() {
        return "people.import.column." + name();
    }

    boolean isDate() {
        return kind == Kind.DATE;
    }

    static StaffColumn ofField(String field) {
        for (StaffColumn column : values()) {
            if (column.field.equals(field)) {
                return column;
            }
        }
        throw new IllegalArgumentException(field);
    }
}
