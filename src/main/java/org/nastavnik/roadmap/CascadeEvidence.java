package org.nastavnik.roadmap;

import java.time.Instant;

/**
 * Evidence of an organization's fulfilment of a requirement: a link, a note, an uploaded file, or an
 * order of the organization's registry ({@code orderId} with its label as it read when attached).
 */
public record CascadeEvidence(
        long id,
        String url,
        String note,
        String fileName,
        Long size,
        Long orderId,
        String orderLabel,
        String createdBy,
        Instant createdAt) {

    public boolean file() {
        return fileName != null;
    }
}
