package org.nastavnik.bank.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nastavnik.bank.BankImport;
import org.nastavnik.bank.BankSearch.Bank;
import org.nastavnik.common.imports.ImportResult;
import org.nastavnik.common.imports.ReportLine;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.common.web.Spreadsheets;
import org.nastavnik.structure.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The bank import page: the templates, the upload form, and the outcome — the saved counts or the
 * report of every problem, which stays in the session to be downloaded as a spreadsheet.
 */
@Controller
class BankImportController {

    private static final String REPORT = "bankImportReport";

    private final BankImport bankImport;
    private final MessageSource messages;

    BankImportController(BankImport bankImport, MessageSource messages) {
        this.bankImport = bankImport;
        this.messages = messages;
    }

    @GetMapping("/bank/import")
    String form(
            @RequestParam(defaultValue = "mentors") String bank,
            @RequestParam(required = false) Long unit,
            Model model) {
        model.addAllAttributes(formModel(bank(bank), unit, false, List.of()));
        return "bank/import";
    }

    @GetMapping("/bank/import/template/{bank}.xlsx")
    void template(@PathVariable String bank, HttpServletResponse response) throws IOException {
        Bank which = bank(bank);
        Spreadsheets.attach(response, message("bank.import.template.fileName." + which));
        bankImport.writeTemplate(which, response.getOutputStream());
    }

    @PostMapping("/bank/import")
    String upload(
            @RequestParam(defaultValue = "mentors") String bank,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "false") boolean bothRoles,
            @RequestParam(required = false) MultipartFile file,
            HttpSession session,
            Model model)
            throws IOException {
        Bank which = bank(bank);
        List<String> errors = new ArrayList<>();
        if (unit == null) {
            errors.add(message("bank.import.unitRequired"));
        }
        if (file == null || file.isEmpty()) {
            errors.add(message("bank.import.fileRequired"));
        }
        model.addAllAttributes(formModel(which, unit, bothRoles, errors));
        if (!errors.isEmpty()) {
            return "bank/import";
        }
        UnitView target = bankImport.unit(unit);
        ImportResult result =
                bankImport.importFrom(which, unit, bothRoles, file.getOriginalFilename(), file.getBytes());
        model.addAttribute("result", result);
        model.addAttribute("target", target);
        model.addAttribute("fileName", file.getOriginalFilename());
        if (!result.succeeded()) {
            List<ReportLine> lines = ReportLine.of(result, messages);
            session.setAttribute(REPORT, new ArrayList<>(lines));
            model.addAttribute("lines", lines);
        }
        return "bank/import";
    }

    @GetMapping("/bank/import/report.xlsx")
    void report(HttpSession session, HttpServletResponse response) throws IOException {
        @SuppressWarnings("unchecked")
        List<ReportLine> lines = (List<ReportLine>) session.getAttribute(REPORT);
        Spreadsheets.attach(response, message("import.report.fileName"));
        ReportLine.write(lines == null ? List.of() : lines, messages, response.getOutputStream());
    }

    /** The multipart limit is checked before the controller runs; say so on the form. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView page = new ModelAndView(
                "bank/import",
                formModel(Bank.MENTORS, null, false, List.of(message("import.file.tooLarge", megabytes()))));
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }

    private java.util.Map<String, Object> formModel(Bank bank, Long unit, boolean bothRoles, List<String> errors) {
        List<UnitView> units = bankImport.units();
        return java.util.Map.of(
                "bank",
                bank.name().toLowerCase(Locale.ROOT),
                "units",
                units,
                "selected",
                unit != null ? unit : units.size() == 1 ? units.get(0).id() : -1L,
                "bothRoles",
                bothRoles,
                "errors",
                errors,
                "maxBytes",
                Uploads.MAX_FILE_BYTES,
                "maxMegabytes",
                megabytes());
    }

    private static int megabytes() {
        return Uploads.MAX_MEGABYTES;
    }

    static Bank bank(String name) {
        return "mentees".equals(name) ? Bank.MENTEES : Bank.MENTORS;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
