package org.nastavnik.people;

import java.time.LocalDate;
import java.util.List;

/** The editable part of an employment, already validated. */
public record EmploymentData(
        long organizationId,
        long positionId,
        List<Long> subjectIds,
        LocalDate pedagogicalSince,
        LocalDate organizationSince,
        Qualification qualification,
        LocalDate mentorCategorySince,
        LocalDate methodistCategorySince) {}
