package org.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.nastavnik.document.OrderDocuments;
import org.nastavnik.document.OrderView;
import org.nastavnik.mentorship.MentorOption;
import org.nastavnik.mentorship.MentorshipDraft;
import org.nastavnik.mentorship.MentorshipFilter;
import org.nastavnik.mentorship.MentorshipForm;
import org.nastavnik.mentorship.MentorshipQuery;
import org.nastavnik.mentorship.MentorshipRow;
import org.nastavnik.mentorship.MentorshipService;
import org.nastavnik.mentorship.MentorshipStatus;
import org.nastavnik.mentorship.MentorshipView;
import org.nastavnik.mentorship.OrderRequest;
import org.nastavnik.mentorship.OrderSheet;
import org.nastavnik.mentorship.PairsOrder;
import org.nastavnik.mentorship.WaitingMentee;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pairs and groups in the JSON API: the same services, scope and rules as the pages. A broken rule
 * answers 422 with the field and its Russian message, a stale version 409.
 */
@RestController
@Tag(name = "pairs", description = "Mentorship pairs and groups: drafts, consents, replacement, completion")
class PairsApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final MentorshipQuery query;
    private final MentorshipService mentorships;
    private final PairsOrder orders;

    PairsApiController(MentorshipQuery query, MentorshipService mentorships, PairsOrder orders) {
        this.query = query;
        this.mentorships = mentorships;
        this.orders = orders;
    }

    /** A state change that checks the version the caller saw. */
    record Versioned(Long version) {
        long versionOrStale() {
            return version == null ? -1 : version;
        }
    }

    record DraftChange(Long version, MentorshipDraft draft) {}

    record Consent(LocalDate consentOn, String consentDocument) {}

    record Reason(String reason) {}

    record Replacement(
            Long oldMemberId, Long mentorProfileId, LocalDate replacedOn, String reason, LocalDate consentOn) {}

    record Resignation(Long memberId, LocalDate resignedOn, String reason) {}

    record Ending(Long version, LocalDate endedOn, String text) {
        long versionOrStale() {
            return version == null ? -1 : version;
        }
    }

    @GetMapping("/api/v1/pairs")
    @Operation(summary = "Pairs and groups within the caller's scope, or the caller's own")
    PagedModel<MentorshipRow> list(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) MentorshipStatus status,
            @RequestParam(required = false) MentorshipForm form,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return new PagedModel<>(query.list(
                new MentorshipFilter(unitId, status, form, q),
                PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE)))));
    }

    @GetMapping("/api/v1/pairs/waiting")
    @Operation(summary = "Active mentees of the banks without a pair or group, longest waiting first")
    List<WaitingMentee> waiting(@RequestParam(required = false) Long unitId) {
        return query.waiting(unitId);
    }

    @GetMapping("/api/v1/pairs/mentors")
    @Operation(summary = "Mentors a pair of the organization may have, with their loads")
    List<MentorOption> mentorOptions(@RequestParam long organizationId) {
        return query.mentorOptions(organizationId);
    }

    @GetMapping("/api/v1/pairs/{id}")
    @Operation(summary = "A pair or group with its members, consents and timeline")
    MentorshipView get(@PathVariable long id) {
        return query.get(id);
    }

    @PostMapping("/api/v1/pairs")
    @Operation(summary = "Creates a draft; the mentors' places are taken at once")
    ResponseEntity<MentorshipView> create(@RequestBody MentorshipDraft draft) {
        long id = mentorships.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/pairs/" + id)).body(query.get(id));
    }

    @PostMapping("/api/v1/pairs/batch")
    @Operation(
            summary = "Creates drafts for all the pairs of an accepted proposal, or none",
            description = "A broken rule names its line as lines[i] and nothing is saved")
    ResponseEntity<List<Long>> createAll(@RequestBody List<MentorshipDraft> drafts) {
        return ResponseEntity.status(201).body(mentorships.createAll(drafts == null ? List.of() : drafts));
    }

    @PutMapping("/api/v1/pairs/{id}")
    @Operation(summary = "Changes a draft's plan and members")
    MentorshipView change(@PathVariable long id, @RequestBody DraftChange change) {
        long version = change.version() == null ? -1 : change.version();
        mentorships.change(id, version, change.draft() == null ? emptyDraft() : change.draft());
        return query.get(id);
    }

    @DeleteMapping("/api/v1/pairs/{id}")
    @Operation(summary = "Deletes a draft")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        mentorships.deleteDraft(id, version == null ? -1 : version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/pairs/{id}/request-consents")
    @Operation(summary = "Asks the members for their consents")
    MentorshipView requestConsents(@PathVariable long id, @RequestBody Versioned body) {
        mentorships.requestConsents(id, body.versionOrStale());
        return query.get(id);
    }

    @PostMapping("/api/v1/pairs/{id}/return-to-draft")
    @Operation(summary = "Back to a draft; the consents given are void")
    MentorshipView returnToDraft(@PathVariable long id, @RequestBody Versioned body) {
        mentorships.returnToDraft(id, body.versionOrStale());
        return query.get(id);
    }

    @PostMapping("/api/v1/pairs/{id}/members/{memberId}/consent")
    @Operation(summary = "Records a member's written consent (the scan is uploaded on the page)")
    MentorshipView recordConsent(@PathVariable long id, @PathVariable long memberId, @RequestBody Consent body) {
        mentorships.recordConsent(id, memberId, body.consentOn(), body.consentDocument(), null);
        return query.get(id);
    }

    @PostMapping("/api/v1/pairs/{id}/consent")
    @Operation(summary = "The signed-in member's own consent")
    MentorshipView consent(@PathVariable long id) {
        mentorships.consentAsMember(id);
        return query.get(id);
    }

    @PostMapping("/api/v1/pairs/{id}/replacement-request")
    @Operation(summary = "The signed-in mentee asks for another mentor")
    MentorshipView requestReplacement(@PathVariable long id, @RequestBody Reason body) {
        mentorships.requestReplacement(id, body.reason());
        return query.get(id);
    }

    @PostMapping("/api/v1/pairs/{id}/replace")
    @Operation(summary = "Replaces a mentor (or assigns one where a mentor resigned)")
    MentorshipView replace(@PathVariable long id, @RequestBody Replacement body) {
        mentorships.replaceMentor(
                id, body.oldMemberId(), body.mentorProfileId(), body.replacedOn(), body.reason(), body.consentOn());
        return query.get(id);
    }

    @PostMapping("/api/v1/pairs/{id}/resign")
    @Operation(summary = "A mentor's application to leave: the signed-in mentor's own, or a written one recorded")
    MentorshipView resign(@PathVariable long id, @RequestBody Resignation body) {
        LocalDate on = body.memberId() == null && body.resignedOn() == null ? mentorships.today() : body.resignedOn();
        mentorships.resign(id, body.memberId(), on, body.reason());
        return query.get(id);
    }

    @PostMapping("/api/v1/pairs/{id}/complete")
    @Operation(summary = "Completes an active mentorship")
    MentorshipView complete(@PathVariable long id, @RequestBody Ending body) {
        mentorships.complete(id, body.versionOrStale(), body.endedOn(), body.text());
        return query.get(id);
    }

    @PostMapping("/api/v1/pairs/{id}/terminate")
    @Operation(summary = "Ends a mentorship early, with the reason")
    MentorshipView terminate(@PathVariable long id, @RequestBody Ending body) {
        mentorships.terminate(id, body.versionOrStale(), body.endedOn(), body.text());
        return query.get(id);
    }

    @GetMapping("/api/v1/pairs/orders/sheet")
    @Operation(summary = "The organization's consented pairs and the suggested details of the order fixing them")
    OrderSheet orderSheet(@RequestParam long organizationId) {
        return orders.sheet(organizationId);
    }

    @PostMapping("/api/v1/pairs/orders/preview")
    @Operation(summary = "The order as it would be (DOCX or PDF), not registered")
    ResponseEntity<byte[]> orderPreview(
            @RequestParam(defaultValue = "pdf") String format, @RequestBody OrderRequest request) {
        boolean pdf = !"docx".equals(format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(pdf ? OrderDocuments.PDF : OrderDocuments.DOCX))
                .body(orders.preview(request, pdf));
    }

    @PostMapping("/api/v1/pairs/orders")
    @Operation(
            summary =
                    "Registers the order fixing the consented pairs it lists; they become fixed (active from their start)")
    ResponseEntity<OrderView> issueOrder(@RequestBody OrderRequest request) {
        OrderView order = orders.issue(request);
        return ResponseEntity.created(URI.create("/api/v1/orders/" + order.id()))
                .body(order);
    }

    private static MentorshipDraft emptyDraft() {
        return new MentorshipDraft(null, null, null, null, null, List.of(), List.of());
    }
}
