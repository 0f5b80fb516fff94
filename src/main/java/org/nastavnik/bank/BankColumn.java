package org.nastavnik.bank;

import java.util.EnumSet;
import java.util.Set;
import org.nastavnik.bank.BankSearch.Bank;

/**
 * The columns of the bank import templates. The person columns identify who the row is about; the
 * others are the profile's fields. Only the names are required: a column a user does not keep may
 * be deleted from the sheet, and its cells count as blank.
 */
enum BankColumn {
    ORGANIZATION,
    LAST_NAME,
    FIRST_NAME,
    MIDDLE_NAME,
    BIRTH_DATE,
    SNILS,
    EMAIL,
    SUBJECTS,
    COMPETENCIES,
    COMPETENCY_NOTE,
    CAPACITY,
    NETWORK,
    FORMATS,
    CATEGORY,
    REQUEST,
    PREFERRED_FORMAT,
    DEFICITS,
    DEFICIT_SOURCE,
    CONSENT_ON,
    CONSENT_DOCUMENT,
    STATUS;

    private static final Set<BankColumn> PERSON =
            EnumSet.of(ORGANIZATION, LAST_NAME, FIRST_NAME, MIDDLE_NAME, BIRTH_DATE, SNILS, EMAIL);
    private static final Set<BankColumn> COMMON = EnumSet.of(CONSENT_ON, CONSENT_DOCUMENT, STATUS);
    private static final Set<BankColumn> MENTOR =
            EnumSet.of(SUBJECTS, COMPETENCIES, COMPETENCY_NOTE, CAPACITY, NETWORK, FORMATS);
    private static final Set<BankColumn> MENTEE =
            EnumSet.of(CATEGORY, REQUEST, PREFERRED_FORMAT, DEFICITS, DEFICIT_SOURCE);

    /** The template's columns for the bank, in this order. */
    static Set<BankColumn> of(Bank bank) {
        Set<BankColumn> columns = EnumSet.copyOf(PERSON);
        columns.addAll(bank == Bank.MENTORS ? MENTOR : MENTEE);
        columns.addAll(COMMON);
        return columns;
    }

    /** Columns without which a file cannot be read. */
    static Set<BankColumn> required(Bank bank) {
        return bank == Bank.MENTORS ? EnumSet.of(LAST_NAME, FIRST_NAME) : EnumSet.of(LAST_NAME, FIRST_NAME, CATEGORY);
    }

    boolean isDate() {
        return this == BIRTH_DATE || this == CONSENT_ON;
    }

    String headerCode() {
        return "bank.import.column." + name();
    }

    /** The column of a profile field as the rules name it. */
    static BankColumn ofField(String field) {
        switch (field) {
            case "competencyIds":
                return COMPETENCIES;
            case "competencyNote":
                return COMPETENCY_NOTE;
            case "subjectIds":
                return SUBJECTS;
            case "capacity":
                return CAPACITY;
            case "formats":
                return FORMATS;
            case "category":
                return CATEGORY;
            case "requestText":
                return REQUEST;
            case "deficits":
                return DEFICITS;
            case "consentOn":
                return CONSENT_ON;
            case "consentDocument":
                return CONSENT_DOCUMENT;
            default:
                return STATUS;
        }
    }
}
