package org.nastavnik.bank.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.nastavnik.bank.BankCoverage;
import org.nastavnik.bank.BankRow;
import org.nastavnik.bank.BankSearch;
import org.nastavnik.bank.BankSearch.Bank;
import org.nastavnik.bank.ContestDecision;
import org.nastavnik.bank.ContestLevel;
import org.nastavnik.bank.MenteeCategory;
import org.nastavnik.bank.MenteeData;
import org.nastavnik.bank.MenteeData.DeficitMark;
import org.nastavnik.bank.MenteeProfile;
import org.nastavnik.bank.MenteeService;
import org.nastavnik.bank.MentorData;
import org.nastavnik.bank.MentorProfile;
import org.nastavnik.bank.MentorService;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfileStatus;
import org.nastavnik.common.Violation;
import org.nastavnik.common.web.Violations;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The banks in the JSON API: the same services, scope and rules as the pages. Broken rules answer
 * 400 with every field's message; a stale version 409.
 */
@RestController
@Tag(name = "bank", description = "Mentor and mentee profiles, their lists and the annual confirmation")
class BankApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final BankSearch search;
    private final MentorService mentors;
    private final MenteeService mentees;
    private final BankCoverage coverage;

    BankApiController(BankSearch search, MentorService mentors, MenteeService mentees, BankCoverage coverage) {
        this.search = search;
        this.mentors = mentors;
        this.mentees = mentees;
        this.coverage = coverage;
    }

    @GetMapping("/api/v1/coverage")
    @Operation(
            summary = "Coverage of the units in the caller's scope",
            description = "Each unit (region, municipalities, organizations) with its pedagogical staff, active"
                    + " mentors and mentees among them, and the share included; a unit's numbers include"
                    + " everything below it")
    List<BankCoverage.Line> coverage() {
        return coverage.lines();
    }

    /** A mentor profile in a request: personId and organizationId when creating, version when changing. */
    record MentorRequest(
            Long personId,
            Long organizationId,
            List<Long> competencyIds,
            String competencyNote,
            List<Long> subjectIds,
            Integer capacity,
            Boolean networkAvailable,
            Set<MentoringFormat> formats,
            LocalDate consentOn,
            String consentDocument,
            ProfileStatus status,
            Long version) {

        MentorData data() {
            return new MentorData(
                    competencyIds,
                    competencyNote,
                    subjectIds,
                    capacity,
                    Boolean.TRUE.equals(networkAvailable),
                    formats,
                    consentOn,
                    consentDocument,
                    status);
        }
    }

    /** A mentee profile in a request; {@code bothRoles} acknowledges that the person is a mentor too. */
    record MenteeRequest(
            Long personId,
            Long organizationId,
            MenteeCategory category,
            String requestText,
            MentoringFormat preferredFormat,
            LocalDate consentOn,
            String consentDocument,
            ProfileStatus status,
            List<DeficitMark> deficits,
            Boolean bothRoles,
            Long version) {

        MenteeData data() {
            return new MenteeData(category, requestText, preferredFormat, consentOn, consentDocument, status, deficits);
        }
    }

    record Confirmation(List<Long> ids) {}

    @GetMapping("/api/v1/mentors")
    @Operation(
            summary = "Mentor profiles in the caller's scope",
            description = "Filters: q, org, subject, competency, free, network, confirmed, contest"
                    + " (NONE, NOMINATED, SELECTED, REJECTED), status; sort: name, organization or capacity;"
                    + " page from 0, size up to 100")
    PagedModel<BankRow> mentors(
            BankFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return new PagedModel<>(search.search(Bank.MENTORS, filter.query(), page(page, size)));
    }

    @GetMapping("/api/v1/mentees")
    @Operation(
            summary = "Mentee profiles in the caller's scope",
            description = "Filters: q, org, deficit, category, confirmed, status; page from 0, size up to 100")
    PagedModel<BankRow> mentees(
            BankFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return new PagedModel<>(search.search(Bank.MENTEES, filter.query(), page(page, size)));
    }

    @GetMapping("/api/v1/mentors/{id}")
    @Operation(summary = "A mentor profile with achievements, trainings and the contest")
    MentorProfile mentor(@PathVariable long id) {
        return mentors.get(id);
    }

    @GetMapping("/api/v1/mentees/{id}")
    @Operation(summary = "A mentee profile with deficits")
    MenteeProfile mentee(@PathVariable long id) {
        return mentees.get(id);
    }

    @PostMapping("/api/v1/mentors")
    @Operation(summary = "Adds a person working in the organization to its mentor bank")
    ResponseEntity<MentorProfile> createMentor(@RequestBody MentorRequest request) throws BindException {
        require(request, () -> mentors.problems(null, request.data()));
        long id = mentors.create(
                request.personId() == null ? -1 : request.personId(), request.organizationId(), request.data());
        return ResponseEntity.created(URI.create("/api/v1/mentors/" + id)).body(mentors.get(id));
    }

    @PutMapping("/api/v1/mentors/{id}")
    @Operation(summary = "Changes a mentor profile; the version is required (409 when stale)")
    MentorProfile updateMentor(@PathVariable long id, @RequestBody MentorRequest request) throws BindException {
        require(request, () -> mentors.problems(id, request.data()));
        mentors.update(id, version(request.version()), request.data());
        return mentors.get(id);
    }

    @PostMapping("/api/v1/mentees")
    @Operation(summary = "Adds a person working or learning in the organization to its mentee bank")
    ResponseEntity<MenteeProfile> createMentee(@RequestBody MenteeRequest request) throws BindException {
        require(request, () -> mentees.problems(null, request.data()));
        long id = mentees.create(
                request.personId() == null ? -1 : request.personId(),
                request.organizationId(),
                request.data(),
                Boolean.TRUE.equals(request.bothRoles()));
        return ResponseEntity.created(URI.create("/api/v1/mentees/" + id)).body(mentees.get(id));
    }

    @PutMapping("/api/v1/mentees/{id}")
    @Operation(summary = "Changes a mentee profile; the version is required (409 when stale)")
    MenteeProfile updateMentee(@PathVariable long id, @RequestBody MenteeRequest request) throws BindException {
        require(request, () -> mentees.problems(id, request.data()));
        mentees.update(id, version(request.version()), request.data());
        return mentees.get(id);
    }

    @PostMapping("/api/v1/mentors/confirm")
    @Operation(summary = "Confirms mentor profiles for the current academic year, all or none")
    Map<String, Integer> confirmMentors(@RequestBody Confirmation confirmation) {
        return Map.of("confirmed", mentors.confirm(confirmation.ids() == null ? List.of() : confirmation.ids()));
    }

    @PostMapping("/api/v1/mentees/confirm")
    @Operation(summary = "Confirms mentee profiles for the current academic year, all or none")
    Map<String, Integer> confirmMentees(@RequestBody Confirmation confirmation) {
        return Map.of("confirmed", mentees.confirm(confirmation.ids() == null ? List.of() : confirmation.ids()));
    }

    @PostMapping("/api/v1/mentors/{id}/contest/{level:municipal|region}/nomination")
    @Operation(
            summary = "Nominates an active mentor to a stage of the contest",
            description = "municipal: by the organization; region: a mentor of the municipal bank, by the"
                    + " municipality. 422 when the mentor cannot be nominated now")
    MentorProfile nominate(@PathVariable long id, @PathVariable String level) {
        mentors.nominate(id, ContestLevel.of(level));
        return mentors.get(id);
    }

    @PostMapping("/api/v1/mentors/{id}/contest/{level:municipal|region}/decision")
    @Operation(
            summary = "Records a contest commission's decision on a nominee",
            description = "municipal: the municipal coordinator; region: the regional operator. Body:"
                    + " selected, protocol, decidedOn, comment")
    MentorProfile decide(@PathVariable long id, @PathVariable String level, @RequestBody ContestDecision decision) {
        mentors.decide(id, ContestLevel.of(level), decision);
        return mentors.get(id);
    }

    /** A change without the version it was made on is a conflict: it could overwrite anything. */
    private static long version(Long version) {
        return version == null ? -1 : version;
    }

    private static PageRequest page(int page, int size) {
        return PageRequest.of(Math.max(0, page), Math.min(MAX_PAGE_SIZE, Math.max(1, size)));
    }

    /** Every broken rule at once, as 400 with the fields' messages. */
    private static void require(Object request, Supplier<List<Violation>> rules) throws BindException {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(request, "request");
        Violations.reject(errors, rules);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
    }
}
