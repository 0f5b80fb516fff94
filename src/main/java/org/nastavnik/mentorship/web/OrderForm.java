package org.nastavnik.mentorship.web;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.mentorship.OrderRequest;
import org.springframework.format.annotation.DateTimeFormat;

/** The order page's form: the pairs checked and the order's details. */
public record OrderForm(
        Long organizationId,
        List<Long> mentorshipIds,
        String number,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate date,
        String signerPosition,
        String signerName,
        String curatorName,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate programsDue) {

    static OrderForm of(OrderRequest request) {
        return new OrderForm(
                request.organizationId(),
                request.mentorshipIds(),
                request.number(),
                request.date(),
                request.signerPosition(),
                request.signerName(),
                request.curatorName(),
                request.programsDue());
    }

    OrderRequest request() {
        return new OrderRequest(
                organizationId, mentorshipIds, number, date, signerPosition, signerName, curatorName, programsDue);
    }

    public boolean checked(long id) {
        return mentorshipIds != null && mentorshipIds.contains(id);
    }
}
