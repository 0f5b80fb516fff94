package org.nastavnik.roadmap.web;

import jakarta.validation.constraints.Size;
import org.nastavnik.roadmap.EvidenceDraft;

/** Evidence of a due date as the page posts it; the file comes as a separate part. */
record EvidenceForm(
        @Size(max = EvidenceDraft.URL_MAX) String url, @Size(max = EvidenceDraft.NOTE_MAX) String note, Long orderId) {

    static EvidenceForm empty() {
        return new EvidenceForm(null, null, null);
    }
}
