package org.nastavnik.people.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The date a consent is withdrawn. */
record WithdrawalForm(@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate withdrawnOn) {}
