package org.nastavnik.people;

/**
 * One row of a staff list, normalized like the person form does, with its row number and the
 * full-name key people are told apart by together with the birth date.
 */
record StaffRow(int row, PersonData person, EmploymentData employment, String nameKey) {

    StaffRow(int row, PersonData person, EmploymentData employment) {
        this(row, person, employment, Person.searchText(person));
    }
}
