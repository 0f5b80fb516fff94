package org.nastavnik.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.matching.CompatibilityNote;
import org.nastavnik.matching.CompatibilityNotes;
import org.nastavnik.matching.MatchWeights;
import org.nastavnik.matching.MatchWeightsService;
import org.nastavnik.matching.MatchingService;
import org.nastavnik.matching.Verdict;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching in the JSON API: candidates for a mentee, the proposal for a unit, the municipality's
 * weights and the psychologist's notes. Reasons come with their Russian text.
 */
@RestController
@Tag(name = "matching", description = "Candidate mentors, proposals of pairs, weights and compatibility notes")
class MatchingApiController {

    /** The weights as read and sent back; {@code version} 0 while the defaults apply. */
    record WeightsBody(
            Integer subject,
            Integer deficits,
            Integer experience,
            Integer organization,
            Integer capacity,
            Integer format,
            Integer compatibility,
            Boolean defaults,
            Long version) {

        static WeightsBody of(MatchWeightsService.Stored stored) {
            MatchWeights w = stored.weights();
            return new WeightsBody(
                    w.subject(),
                    w.deficits(),
                    w.experience(),
                    w.organization(),
                    w.capacity(),
                    w.format(),
                    w.compatibility(),
                    stored.defaults(),
                    stored.version());
        }

        java.util.Map<String, Integer> entered() {
            return MatchWeights.entered(subject, deficits, experience, organization, capacity, format, compatibility);
        }
    }

    /** A note as sent: the verdict, a comment and the version read (0 when there was no note). */
    record NoteRequest(Verdict verdict, String comment, Long version) {}

    /** A pair and its note as read. */
    record NoteBody(
            long mentorProfileId,
            String mentor,
            String mentorOrganization,
            long menteeProfileId,
            String mentee,
            String menteeOrganization,
            CompatibilityNote note,
            boolean mayRecord) {

        static NoteBody of(CompatibilityNotes.Pair pair) {
            return new NoteBody(
                    pair.mentor().profileId(),
                    pair.mentor().fullName(),
                    pair.mentor().organization(),
                    pair.mentee().profileId(),
                    pair.mentee().fullName(),
                    pair.mentee().organization(),
                    pair.note(),
                    pair.mayRecord());
        }
    }

    private final MatchingService matching;
    private final MatchWeightsService weights;
    private final CompatibilityNotes notes;

    MatchingApiController(MatchingService matching, MatchWeightsService weights, CompatibilityNotes notes) {
        this.matching = matching;
        this.weights = weights;
        this.notes = notes;
    }

    @GetMapping("/api/v1/matching/mentees/{menteeProfileId}/candidates")
    @Operation(
            summary = "Candidate mentors for a mentee, ranked",
            description = "The mentor flagged top is the one the optimal assignment of the municipality's unpaired"
                    + " mentees gives this mentee; the others by score. Excluded mentors of the pool come with"
                    + " the hard rules that keep them out.")
    MatchingService.Candidates candidates(@PathVariable long menteeProfileId) {
        return matching.candidates(menteeProfileId);
    }

    @GetMapping("/api/v1/matching/proposal")
    @Operation(
            summary = "The optimal pairs for an organization's or a municipality's unpaired mentees",
            description = "Maximizes the total fit, then the number of mentees matched, under every mentor's free"
                    + " places (min-cost flow); with alternatives per pair, the mentees left without a mentor"
                    + " and suggested groups.")
    MatchingService.Proposal proposal(@RequestParam long unitId) {
        return matching.propose(unitId);
    }

    @GetMapping("/api/v1/matching/weights/{municipalityId}")
    @Operation(summary = "The weights of the fit criteria in a municipality (the defaults until saved)")
    WeightsBody weights(@PathVariable long municipalityId) {
        return WeightsBody.of(weights.get(municipalityId));
    }

    @PutMapping("/api/v1/matching/weights/{municipalityId}")
    @Operation(summary = "Changes the weights; send the version read (0 while the defaults apply)")
    WeightsBody saveWeights(@PathVariable long municipalityId, @RequestBody WeightsBody body) {
        weights.get(municipalityId);
        FieldProblem.requireNone(MatchWeights.check(body.entered()));
        if (body.version() == null) {
            throw new FieldProblem("version", "NotNull");
        }
        weights.update(municipalityId, body.version(), MatchWeights.of(body.entered()));
        return WeightsBody.of(weights.get(municipalityId));
    }

    @GetMapping("/api/v1/matching/compatibility/{mentorProfileId}/{menteeProfileId}")
    @Operation(summary = "The psychologist's note on a mentor and a mentee (note null when none)")
    NoteBody note(@PathVariable long mentorProfileId, @PathVariable long menteeProfileId) {
        return NoteBody.of(notes.get(mentorProfileId, menteeProfileId));
    }

    @PutMapping("/api/v1/matching/compatibility/{mentorProfileId}/{menteeProfileId}")
    @Operation(summary = "Records or changes the note; send the version read (0 when there was none)")
    ResponseEntity<NoteBody> recordNote(
            @PathVariable long mentorProfileId, @PathVariable long menteeProfileId, @RequestBody NoteRequest body) {
        notes.record(
                mentorProfileId,
                menteeProfileId,
                body.version() == null ? 0 : body.version(),
                body.verdict(),
                body.comment());
        return ResponseEntity.ok(NoteBody.of(notes.get(mentorProfileId, menteeProfileId)));
    }
}
