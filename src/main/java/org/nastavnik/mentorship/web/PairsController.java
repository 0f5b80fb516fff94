package org.nastavnik.mentorship.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.AcademicYear;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.web.Submission;
import org.nastavnik.common.web.Violations;
import org.nastavnik.mentorship.MemberRole;
import org.nastavnik.mentorship.MentorshipFilter;
import org.nastavnik.mentorship.MentorshipForm;
import org.nastavnik.mentorship.MentorshipKind;
import org.nastavnik.mentorship.MentorshipQuery;
import org.nastavnik.mentorship.MentorshipService;
import org.nastavnik.mentorship.MentorshipStatus;
import org.nastavnik.mentorship.MentorshipView;
import org.nastavnik.mentorship.WaitingMentee;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pairs list with the mentees waiting for one, the card, and the draft's form. */
@Controller
class PairsController {

    private static final int PAGE_SIZE = 50;

    private final MentorshipQuery query;
    private final MentorshipService mentorships;
    private final StructureService structure;

    PairsController(MentorshipQuery query, MentorshipService mentorships, StructureService structure) {
        this.query = query;
        this.mentorships = mentorships;
        this.structure = structure;
    }

    @GetMapping("/pairs")
    String list(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) MentorshipStatus status,
            @RequestParam(required = false) MentorshipForm form,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "page",
                query.list(new MentorshipFilter(unit, status, form, q), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("units", structure.units(Permission.READ, null));
        model.addAttribute("statuses", MentorshipStatus.values());
        model.addAttribute("forms", MentorshipForm.values());
        model.addAttribute("filter", new MentorshipFilter(unit, status, form, q));
        MentorshipQuery.WaitingCount waiting = query.waitingCount(unit);
        model.addAttribute("waitingCount", waiting.waiting());
        model.addAttribute("waitingOverdue", waiting.overdue());
        model.addAttribute("mayForm", mayFormPairs());
        return "mentorship/list";
    }

    /** Whether the caller forms pairs in any organization. */
    private boolean mayFormPairs() {
        return !structure.units(Permission.FORM_PAIRS, UnitLevel.ORGANIZATION).isEmpty();
    }

    @GetMapping("/pairs/waiting")
    String waiting(@RequestParam(required = false) Long unit, Model model) {
        model.addAttribute("waiting", query.waiting(unit));
        model.addAttribute("units", structure.units(Permission.READ, null));
        boolean mayForm = mayFormPairs();
        model.addAttribute("mayForm", mayForm);
        model.addAttribute(
                "mayMatch",
                mayForm
                        || !structure
                                .units(Permission.ASSESS_COMPATIBILITY, UnitLevel.ORGANIZATION)
                                .isEmpty());
        model.addAttribute("unit", unit);
        return "mentorship/waiting";
    }

    @GetMapping("/pairs/{id}")
    String card(@PathVariable long id, Model model) {
        MentorshipView pair = query.get(id);
        model.addAttribute("pair", pair);
        model.addAttribute("today", mentorships.today());
        if (pair.mayManage() && pair.status().open()) {
            model.addAttribute("mentorOptions", query.mentorOptions(pair.organizationId()));
        }
        return "mentorship/card";
    }

    /** A new pair for a mentee waiting in the bank, with a mentor already chosen when matching chose one. */
    @GetMapping("/pairs/new")
    String newPair(
            @RequestParam(required = false) Long mentee,
            @RequestParam(required = false) Long mentor,
            @RequestParam(required = false) Long org,
            Model model) {
        long organizationId = organizationOf(mentee, org);
        LocalDate start = mentorships.today();
        return form(model, null, PairForm.blank(organizationId, mentor, mentee, start, plannedEnd(start)));
    }

    @PostMapping("/pairs/new")
    String create(
            @Valid @ModelAttribute("form") PairForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.organizationId() == null) {
            throw new NotFoundException("unit", null);
        }
        if (!errors.hasErrors()) {
            try {
                long id = mentorships.create(form.draft());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/pairs/" + id;
            } catch (FieldProblem problem) {
                Violations.reject(errors, problem);
            }
        }
        return form(model, null, form);
    }

    @GetMapping("/pairs/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        MentorshipView pair = editableDraft(id);
        return form(model, pair, PairForm.of(pair));
    }

    @PostMapping("/pairs/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PairForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MentorshipView pair = editableDraft(id);
        return Submission.submit(
                errors,
                model,
                pair,
                () -> mentorships.change(id, form.versionOrStale(), form.draft()),
                () -> form(model, pair, form),
                "/pairs/" + id,
                redirect);
    }

    private MentorshipView editableDraft(long id) {
        MentorshipView pair = query.get(id);
        if (!pair.mayManage()) {
            throw new ForbiddenException("form pairs");
        }
        return pair;
    }

    /** The organization of the mentee asked for, or the one given; 404 outside the caller's scope. */
    private long organizationOf(Long mentee, Long org) {
        if (mentee != null) {
            return query.waitingOne(mentee)
                    .map(WaitingMentee::organizationId)
                    .orElseThrow(() -> new NotFoundException("mentee", mentee));
        }
        if (org == null) {
            return structure.units(Permission.FORM_PAIRS, UnitLevel.ORGANIZATION).stream()
                    .findFirst()
                    .orElseThrow(() -> new ForbiddenException("form pairs"))
                    .id();
        }
        return org;
    }

    private String form(Model model, MentorshipView existing, PairForm form) {
        long organizationId = form.organizationId();
        var organization = structure
                .find(organizationId)
                .filter(u -> u.level() == UnitLevel.ORGANIZATION)
                .orElseThrow(() -> new NotFoundException("unit", organizationId));
        if (existing == null
                && structure.units(Permission.FORM_PAIRS, UnitLevel.ORGANIZATION).stream()
                        .noneMatch(u -> u.id() == organizationId)) {
            throw new ForbiddenException("form pairs");
        }
        List<WaitingMentee> mentees = new ArrayList<>();
        if (existing != null) {
            existing.current(MemberRole.MENTEE)
                    .forEach(m -> mentees.add(new WaitingMentee(
                            m.profileId(), m.personId(), m.name(), organizationId, m.organization(), null, null, 0)));
        }
        mentees.addAll(query.waiting(organizationId));
        model.addAttribute("existing", existing);
        model.addAttribute("form", form);
        model.addAttribute("organization", organization);
        model.addAttribute("organizations", structure.units(Permission.FORM_PAIRS, UnitLevel.ORGANIZATION));
        model.addAttribute("mentorOptions", query.mentorOptions(organizationId));
        model.addAttribute("menteeOptions", mentees);
        model.addAttribute("forms", MentorshipForm.values());
        model.addAttribute("kinds", MentorshipKind.values());
        return "mentorship/form";
    }

    /** The end of the academic year's classes (31 May) after the start, at least a month away. */
    static LocalDate plannedEnd(LocalDate start) {
        LocalDate end = LocalDate.of(AcademicYear.of(start).startYear() + 1, 5, 31);
        return end.isBefore(start.plusMonths(1)) ? end.plusYears(1) : end;
    }
}
