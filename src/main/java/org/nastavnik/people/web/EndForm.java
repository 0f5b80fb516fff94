package org.nastavnik.people.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The date an employment, a participation or a consent ends. */
record EndForm(@NotNull @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate endedOn) {}
