package org.nastavnik.roadmap;

import java.time.Instant;

/**
 * Evidence of a due date: a link, a note, an uploaded file (its name, type and size; the content is
 * downloaded separately), or a link or file with a note, and who added it when. A document of the
 * orders registry will be a fourth kind once the {@code document} module exists.
 */
public record Evidence(
        long id,
        long dueId,
        String url,
        String note,
        String fileName,
        String contentType,
        Long size,
        String createdBy,
        Instant createdAt) {

    public boolean file() {
        return fileName != null;
    }
}
