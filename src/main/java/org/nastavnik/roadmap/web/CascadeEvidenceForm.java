package org.nastavnik.roadmap.web;

import jakarta.validation.constraints.Size;
import org.nastavnik.roadmap.EvidenceDraft;

/** Evidence of a fulfilment as the page posts it: a link, a note, an order of the registry; the file apart. */
record CascadeEvidenceForm(
        @Size(max = EvidenceDraft.URL_MAX) String url, @Size(max = EvidenceDraft.NOTE_MAX) String note, Long orderId) {

    static CascadeEvidenceForm empty() {
        return new CascadeEvidenceForm(null, null, null);
    }
}
