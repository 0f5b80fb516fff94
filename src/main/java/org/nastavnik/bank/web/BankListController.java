package org.nastavnik.bank.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.nastavnik.bank.BankCoverage;
import org.nastavnik.bank.BankExport;
import org.nastavnik.bank.BankQuery;
import org.nastavnik.bank.BankSearch;
import org.nastavnik.bank.BankSearch.Bank;
import org.nastavnik.bank.BankSettingsService;
import org.nastavnik.bank.CatalogDeficits;
import org.nastavnik.bank.ContestStatus;
import org.nastavnik.bank.MenteeCategory;
import org.nastavnik.bank.MenteeService;
import org.nastavnik.bank.MentorService;
import org.nastavnik.bank.ProfileStatus;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.catalog.CatalogService;
import org.nastavnik.common.web.Spreadsheets;
import org.nastavnik.people.PeopleService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The banks' lists with filters (a municipality sees all its organizations, the region all of it),
 * the annual confirmation of many profiles at once, and the deficits summary.
 */
@Controller
class BankListController {

    static final int PAGE_SIZE = 50;

    private final BankSearch search;
    private final MentorService mentors;
    private final MenteeService mentees;
    private final PeopleService people;
    private final CatalogService catalog;
    private final CatalogDeficits deficits;
    private final BankCoverage coverage;
    private final BankSettingsService settings;
    private final BankExport export;
    private final MessageSource messages;

    BankListController(
            BankSearch search,
            MentorService mentors,
            MenteeService mentees,
            PeopleService people,
            CatalogService catalog,
            CatalogDeficits deficits,
            BankCoverage coverage,
            BankSettingsService settings,
            BankExport export,
            MessageSource messages) {
        this.search = search;
        this.mentors = mentors;
        this.mentees = mentees;
        this.people = people;
        this.catalog = catalog;
        this.deficits = deficits;
        this.coverage = coverage;
        this.settings = settings;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/bank/coverage")
    String coverage(@RequestParam(required = false) Long unit, Model model) {
        model.addAttribute("lines", coverage.lines(unit));
        model.addAttribute("unit", unit);
        return "bank/coverage";
    }

    @GetMapping("/bank/mentors")
    String mentors(
            @ModelAttribute("filter") BankFilter filter,
            BindingResult unreadable,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        list(Bank.MENTORS, filter, page, model);
        if (htmx != null) {
            return "bank/list :: results";
        }
        fullPage(Bank.MENTORS, model);
        model.addAttribute("subjects", people.subjects());
        model.addAttribute("competencies", catalog.active(CatalogKind.COMPETENCY));
        model.addAttribute("contests", ContestStatus.values());
        return "bank/list";
    }

    @GetMapping("/bank/mentees")
    String mentees(
            @ModelAttribute("filter") BankFilter filter,
            BindingResult unreadable,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        list(Bank.MENTEES, filter, page, model);
        if (htmx != null) {
            return "bank/list :: results";
        }
        fullPage(Bank.MENTEES, model);
        model.addAttribute("areas", deficits.activeByArea());
        model.addAttribute("categories", MenteeCategory.values());
        return "bank/list";
    }

    /** The list under the same filters as a spreadsheet (every match, not one page). */
    @GetMapping("/bank/{bank:mentors|mentees}/export.xlsx")
    void export(
            @PathVariable String bank,
            @ModelAttribute BankFilter filter,
            BindingResult unreadable,
            HttpServletResponse response)
            throws IOException {
        Bank which = bank.equals("mentors") ? Bank.MENTORS : Bank.MENTEES;
        Spreadsheets.attach(
                response, messages.getMessage("bank.export.fileName." + bank, null, LocaleContextHolder.getLocale()));
        export.write(which, filter.query(), response.getOutputStream());
    }

    /** Confirms the chosen profiles for the current academic year and goes back to the list. */
    @PostMapping("/bank/{bank:mentors|mentees}/confirm")
    String confirm(
            @PathVariable String bank,
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        List<Long> chosen = ids == null ? List.of() : ids;
        int confirmed = bank.equals("mentors") ? mentors.confirm(chosen) : mentees.confirm(chosen);
        redirect.addFlashAttribute("confirmedCount", confirmed);
        redirect.addFlashAttribute("chosenCount", chosen.size());
        boolean safe = back != null && back.startsWith("/bank/") && !back.startsWith("//");
        return "redirect:" + (safe ? back : "/bank/" + bank);
    }

    @GetMapping("/bank/mentees/deficits")
    String deficitSummary(@RequestParam(required = false) Long org, Model model) {
        model.addAttribute("organizations", people.readableOrganizations());
        model.addAttribute("org", org);
        model.addAttribute("counts", search.deficitSummary(org));
        return "bank/deficits";
    }

    /** What the whole list page adds to its results: the organization filter and the page's links. */
    private void fullPage(Bank bank, Model model) {
        model.addAttribute("organizations", people.readableOrganizations());
        model.addAttribute("maySetUp", !settings.municipalities().isEmpty());
        model.addAttribute("mayImport", search.mayConfirm());
        model.addAttribute("unconfirmed", search.unconfirmed(bank));
    }

    private void list(Bank bank, BankFilter filter, int page, Model model) {
        BankQuery query = filter.query();
        model.addAttribute("bank", bank.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("query", query);
        model.addAttribute("page", search.search(bank, query, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("mayConfirm", search.mayConfirm());
        model.addAttribute("statuses", ProfileStatus.values());
    }
}
