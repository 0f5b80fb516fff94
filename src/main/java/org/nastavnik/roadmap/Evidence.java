package org.nastavnik.roadmap;

import java.time.Instant;

/**
 * Evidence of a due date: a link, a note, an uploaded file (its name, type and size; the content is
 * downloaded separately), an order of the owner unit's registry (its id and label as it read when
 * attached), or a link, file or order with a note, and who added it when.
 */
public record Evidence(
        long id,
        long dueId,
        String url,
        String note,
        String fileName,
        String contentType,
        Long size,
        Long orderId,
        String orderLabel,
        String createdBy,
        Instant createdAt) {

    public boolean file() {
        return fileName != null;
    }
}
