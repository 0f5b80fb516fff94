package org.nastavnik.people.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.nastavnik.people.EmploymentData;
import org.nastavnik.people.EmploymentView;
import org.nastavnik.people.Qualification;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of one employment: a new one on the person card, or an existing one being changed. */
record EmploymentForm(
        @NotNull Long organizationId,
        @NotNull Long positionId,
        List<Long> subjectIds,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate pedagogicalSince,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate organizationSince,
        Qualification qualification,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate mentorCategorySince,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate methodistCategorySince,
        long version) {

    static EmploymentForm empty(Long organizationId) {
        return new EmploymentForm(organizationId, null, List.of(), null, null, Qualification.NONE, null, null, 0);
    }

    static EmploymentForm of(EmploymentView employment) {
        EmploymentData data = employment.data();
        return new EmploymentForm(
                data.organizationId(),
                data.positionId(),
                data.subjectIds(),
                data.pedagogicalSince(),
                data.organizationSince(),
                data.qualification(),
                data.mentorCategorySince(),
                data.methodistCategorySince(),
                employment.version());
    }

    EmploymentData data() {
        return new EmploymentData(
                organizationId,
                positionId,
                subjectIds == null ? List.of() : subjectIds,
                pedagogicalSince,
                organizationSince,
                qualification == null ? Qualification.NONE : qualification,
                mentorCategorySince,
                methodistCategorySince);
    }
}
