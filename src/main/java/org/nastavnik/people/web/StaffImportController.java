package org.nastavnik.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.imports.ImportResult;
import org.nastavnik.common.imports.ReportLine;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.common.web.Spreadsheets;
import org.nastavnik.people.ImportJob;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.StaffImport;
import org.nastavnik.people.StaffImportJobs;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The staff-list import: the template, the upload form, the job page that polls progress and then
 * shows the saved count or the error report, and the report as a spreadsheet.
 */
@Controller
class StaffImportController {

    /** Small files finish within this time, and the job page shows the outcome at once. */
    private static final long WAIT_MILLIS = 1_500;

    private final StaffImport staffImport;
    private final StaffImportJobs jobs;
    private final PeopleService people;
    private final MessageSource messages;

    StaffImportController(StaffImport staffImport, StaffImportJobs jobs, PeopleService people, MessageSource messages) {
        this.staffImport = staffImport;
        this.jobs = jobs;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/people/import")
    String form(@RequestParam(required = false) Long org, Model model) {
        model.addAllAttributes(formModel(org, null));
        return "people/import";
    }

    @GetMapping("/people/import/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        Spreadsheets.attach(response, message("people.import.template.fileName"));
        staffImport.writeTemplate(response.getOutputStream());
    }

    /**
     * Starts the import. The page posts with htmx, so the CSRF token travels in a header and the
     * upload is parsed only here, where a file over the limit becomes a message on the form; the
     * job page is then opened with {@code HX-Redirect}. Without JavaScript the form posts as usual.
     */
    @PostMapping("/people/import")
    String upload(
            @RequestParam(required = false) Long org,
            @RequestParam(required = false) MultipartFile file,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model)
            throws IOException {
        String error = org == null
                ? message("people.import.organizationRequired")
                : file == null || file.isEmpty() ? message("people.import.fileRequired") : null;
        if (error == null) {
            try {
                ImportJob job = jobs.start(org, file.getOriginalFilename(), file.getBytes());
                job.await(WAIT_MILLIS);
                if (htmx != null) {
                    response.setHeader("HX-Redirect", "/people/import/" + job.id());
                    return null;
                }
                return "redirect:/people/import/" + job.id();
            } catch (FieldProblem refused) {
                error = message(refused.code(), refused.arguments());
            }
        }
        model.addAllAttributes(formModel(org, error));
        return htmx == null ? "people/import" : "people/import :: form";
    }

    /** The multipart limit (10 MB) is checked before the controller runs; say so on the form. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        String error = message("import.file.tooLarge", Uploads.MAX_MEGABYTES);
        if (request.getHeader("HX-Request") != null) {
            // htmx swaps only successful responses
            return new ModelAndView("people/import :: form", formModel(null, error));
        }
        ModelAndView page = new ModelAndView("people/import", formModel(null, error));
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }

    @GetMapping("/people/import/{id}")
    String job(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ImportJob job = jobs.get(id);
        model.addAttribute("job", job);
        ImportResult result = job.result();
        if (result != null && !result.succeeded()) {
            model.addAttribute("lines", ReportLine.of(result, messages));
        }
        return htmx == null ? "people/import-job" : "people/import-job :: status";
    }

    @GetMapping("/people/import/{id}/report.xlsx")
    void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        ImportResult result = jobs.get(id).result();
        List<ReportLine> lines = result == null ? List.of() : ReportLine.of(result, messages);
        Spreadsheets.attach(response, message("import.report.fileName"));
        ReportLine.write(lines, messages, response.getOutputStream());
    }

    private Map<String, Object> formModel(Long org, String error) {
        return Map.of(
                "organizations",
                people.editableOrganizations(),
                "selected",
                org == null ? -1L : org,
                "maxBytes",
                Uploads.MAX_FILE_BYTES,
                "maxMegabytes",
                Uploads.MAX_MEGABYTES,
                "error",
                error == null ? "" : error);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
