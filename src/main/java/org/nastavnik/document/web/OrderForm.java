package org.nastavnik.document.web;

import java.io.IOException;
import java.time.LocalDate;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.document.OrderDraft;
import org.nastavnik.document.OrderSource;
import org.nastavnik.document.OrderType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form (and the API's multipart request) registering a signed order: whose, what kind, number,
 * date, title and the file. The registry checks every field, so that the page and the API say the
 * same.
 */
record OrderForm(
        Long unitId,
        OrderType type,
        String number,
        @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate date,
        String title,
        MultipartFile file) {

    static OrderForm empty(Long unitId, String number) {
        return new OrderForm(unitId, OrderType.PAIRS_FIXING, number, null, "", null);
    }

    /** The draft with the file read up to one byte over the limit, so that the registry can tell. */
    OrderDraft draft() throws IOException {
        boolean noFile = file == null || file.isEmpty();
        return new OrderDraft(
                unitId,
                type,
                number,
                date,
                title,
                noFile ? null : file.getOriginalFilename(),
                noFile ? null : Uploads.readAtMost(file.getInputStream()),
                OrderSource.UPLOADED);
    }
}
