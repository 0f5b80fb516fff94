package org.nastavnik.people;

import java.time.LocalDate;

/**
 * A consent being recorded.
 *
 * @param purpose what the data are processed for, e.g. participation in the mentorship programme
 * @param givenOn the date of the signed consent
 * @param basisDocument the document: «заявление-согласие от ...», its number or place of keeping
 */
public record ConsentData(String purpose, LocalDate givenOn, String basisDocument) {}
