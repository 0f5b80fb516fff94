package org.nastavnik.mentorship.web;

import java.io.IOException;
import java.time.LocalDate;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.Violation;
import org.nastavnik.common.web.Attachments;
import org.nastavnik.mentorship.ConsentScans;
import org.nastavnik.mentorship.MentorshipQuery;
import org.nastavnik.mentorship.MentorshipService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of a pair's card. Each posts, then returns to the card with a flash: «готово», or the
 * Russian message of the rule it broke, naming the form it belongs to so the card opens that form.
 */
@Controller
class PairActionsController {

    private final MentorshipService mentorships;
    private final MentorshipQuery query;
    private final MessageSource messages;

    PairActionsController(MentorshipService mentorships, MentorshipQuery query, MessageSource messages) {
        this.mentorships = mentorships;
        this.query = query;
        this.messages = messages;
    }

    @PostMapping("/pairs/{id}/request-consents")
    String requestConsents(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes r) {
        return run(id, null, r, () -> mentorships.requestConsents(id, stale(version)));
    }

    @PostMapping("/pairs/{id}/return-to-draft")
    String returnToDraft(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes r) {
        return run(id, null, r, () -> mentorships.returnToDraft(id, stale(version)));
    }

    @PostMapping("/pairs/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes r) {
        String back = run(id, null, r, () -> mentorships.deleteDraft(id, stale(version)));
        if (r.getFlashAttributes().containsKey("problem")) {
            return back;
        }
        r.addFlashAttribute("deleted", true);
        return "redirect:/pairs";
    }

    @PostMapping("/pairs/{id}/consent")
    String consent(@PathVariable long id, RedirectAttributes r) {
        return run(id, null, r, () -> mentorships.consentAsMember(id));
    }

    @PostMapping("/pairs/{id}/members/{member}/consent")
    String recordConsent(
            @PathVariable long id,
            @PathVariable long member,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate consentOn,
            @RequestParam(required = false) String consentDocument,
            @RequestParam(required = false) MultipartFile scan,
            RedirectAttributes r) {
        return run(
                id,
                "consent-" + member,
                r,
                () -> mentorships.recordConsent(id, member, consentOn, blankToNull(consentDocument), scan(scan)));
    }

    @GetMapping("/pairs/{id}/members/{member}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable long member) {
        ConsentScans.Scan scan = query.scan(id, member).orElseThrow(() -> new NotFoundException("scan", member));
        return Attachments.of(scan.fileName(), MediaType.parseMediaType(scan.contentType()), scan.content());
    }

    @PostMapping("/pairs/{id}/replacement-request")
    String requestReplacement(
            @PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return run(id, "replacement-request", r, () -> mentorships.requestReplacement(id, reason));
    }

    @PostMapping("/pairs/{id}/replace")
    String replace(
            @PathVariable long id,
            @RequestParam(required = false) Long oldMember,
            @RequestParam(required = false) Long mentorProfileId,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate replacedOn,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate consentOn,
            RedirectAttributes r) {
        return run(
                id,
                "replace",
                r,
                () -> mentorships.replaceMentor(id, oldMember, mentorProfileId, replacedOn, reason, consentOn));
    }

    @PostMapping("/pairs/{id}/resign")
    String resign(
            @PathVariable long id,
            @RequestParam(required = false) Long member,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate resignedOn,
            @RequestParam(required = false) String reason,
            RedirectAttributes r) {
        LocalDate on = member == null && resignedOn == null ? mentorships.today() : resignedOn;
        return run(id, "resign", r, () -> mentorships.resign(id, member, on, reason));
    }

    @PostMapping("/pairs/{id}/complete")
    String complete(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate endedOn,
            @RequestParam(required = false) String note,
            RedirectAttributes r) {
        return run(id, "complete", r, () -> mentorships.complete(id, stale(version), endedOn, note));
    }

    @PostMapping("/pairs/{id}/terminate")
    String terminate(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate endedOn,
            @RequestParam(required = false) String reason,
            RedirectAttributes r) {
        return run(id, "terminate", r, () -> mentorships.terminate(id, stale(version), endedOn, reason));
    }

    /** Runs the action; a broken rule comes back to the card as a flash beside the form it names. */
    private String run(long id, String form, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (FieldProblem problem) {
            redirect.addFlashAttribute("problem", text(problem.violations().get(0)));
            redirect.addFlashAttribute(
                    "problems", problem.violations().stream().map(this::text).toList());
            redirect.addFlashAttribute("problemForm", form);
        } catch (ConcurrentChangeException conflict) {
            redirect.addFlashAttribute(
                    "problem", messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/pairs/" + id;
    }

    private String text(Violation violation) {
        return messages.getMessage(
                violation.code(), violation.arguments(), violation.code(), LocaleContextHolder.getLocale());
    }

    private static long stale(Long version) {
        return version == null ? -1 : version;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ConsentScans.Scan scan(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new ConsentScans.Scan(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new FieldProblem("scan", "mentorship.scan.type");
        }
    }
}
