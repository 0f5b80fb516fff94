package org.nastavnik.people;

import java.time.LocalDate;

/** A consent to personal-data processing. */
public record ConsentView(long id, String purpose, LocalDate givenOn, String basisDocument, LocalDate withdrawnOn) {}
