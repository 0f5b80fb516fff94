package org.nastavnik.roadmap.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.common.web.Attachments;
import org.nastavnik.common.web.Submission;
import org.nastavnik.roadmap.EvidenceDraft;
import org.nastavnik.roadmap.TrackingService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One due date of a roadmap: its status with the form to mark it, and its evidence with the form to
 * add a link, a note or a file; the download of an evidence file.
 */
@Controller
class DueDateController {

    private static final Pattern EVIDENCE_PATH = Pattern.compile("/roadmaps/dates/(\\d+)/evidence$");

    private final TrackingService tracking;

    DueDateController(TrackingService tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/roadmaps/dates/{id}")
    String date(@PathVariable long id, Model model) {
        TrackingService.DueDetail detail = tracking.date(id);
        return page(
                model,
                detail,
                new MarkForm(
                        detail.date().status(),
                        detail.date().reason(),
                        detail.date().version()),
                EvidenceForm.empty());
    }

    @PostMapping("/roadmaps/dates/{id}/status")
    String mark(
            @PathVariable long id,
            @Valid @ModelAttribute("mark") MarkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TrackingService.DueDetail detail = tracking.date(id);
        return Submission.submit(
                errors,
                model,
                detail.date(),
                () -> tracking.mark(id, form.status(), form.reason(), form.version()),
                () -> page(model, detail, form, EvidenceForm.empty()),
                "/roadmaps/dates/" + id,
                redirect);
    }

    @PostMapping("/roadmaps/dates/{id}/evidence")
    String addEvidence(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @Valid @ModelAttribute("evidence") EvidenceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        TrackingService.DueDetail detail = tracking.date(id);
        EvidenceDraft draft = file == null || file.isEmpty()
                ? EvidenceDraft.link(form.url(), form.note())
                : new EvidenceDraft(
                        form.url(), form.note(), file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return Submission.submit(
                errors,
                model,
                null,
                () -> tracking.addEvidence(id, draft, form.orderId()),
                () -> page(model, detail, markOf(detail), form),
                "/roadmaps/dates/" + id,
                redirect);
    }

    /** A file over the multipart limit: the page again with the message beside the file field. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        Matcher path = EVIDENCE_PATH.matcher(request.getRequestURI());
        if (!path.find()) {
            return new ModelAndView("error/413", HttpStatus.CONTENT_TOO_LARGE);
        }
        TrackingService.DueDetail detail = tracking.date(Long.parseLong(path.group(1)));
        Model model = new ExtendedModelMap();
        EvidenceForm form = EvidenceForm.empty();
        BindingResult errors = new BeanPropertyBindingResult(form, "evidence");
        errors.reject("roadmap.evidence.tooLarge", new Object[] {Uploads.MAX_MEGABYTES}, null);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "evidence", errors);
        return new ModelAndView(page(model, detail, markOf(detail), form), model.asMap(), HttpStatus.CONTENT_TOO_LARGE);
    }

    @GetMapping("/roadmaps/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return attachment(tracking.file(id));
    }

    /** An evidence file as a download, with its type when it names a valid one. */
    static ResponseEntity<byte[]> attachment(TrackingService.EvidenceFile file) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (IllegalArgumentException unknown) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return Attachments.of(file.name(), type, file.content());
    }

    private static MarkForm markOf(TrackingService.DueDetail detail) {
        return new MarkForm(
                detail.date().status(), detail.date().reason(), detail.date().version());
    }

    private String page(Model model, TrackingService.DueDetail detail, MarkForm mark, EvidenceForm evidence) {
        model.addAttribute("detail", detail);
        if (!model.containsAttribute("mark")) {
            model.addAttribute("mark", mark);
        }
        if (!model.containsAttribute("evidence")) {
            model.addAttribute("evidence", evidence);
        }
        model.addAttribute("maxMegabytes", Uploads.MAX_MEGABYTES);
        model.addAttribute(
                "orders", detail.mayMark() ? tracking.orders(detail.date().id()) : List.of());
        return "roadmap/date";
    }
}
