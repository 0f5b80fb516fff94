package org.nastavnik.mentorship.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.Violation;
import org.nastavnik.matching.MatchingService;
import org.nastavnik.mentorship.MentorshipDraft;
import org.nastavnik.mentorship.MentorshipForm;
import org.nastavnik.mentorship.MentorshipKind;
import org.nastavnik.mentorship.MentorshipQuery;
import org.nastavnik.mentorship.MentorshipService;
import org.nastavnik.mentorship.WaitingMentee;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Matching as the curator uses it: the ranked mentors of one mentee with their reasons, and the
 * proposal for every waiting mentee of a school or municipality, whose accepted lines (a mentor
 * swapped for another where the curator chose so, some as groups) become drafts together.
 */
@Controller
class MatchingPagesController {

    private final MatchingService matching;
    private final MentorshipService mentorships;
    private final MentorshipQuery query;
    private final StructureService structure;
    private final MessageSource messages;

    MatchingPagesController(
            MatchingService matching,
            MentorshipService mentorships,
            MentorshipQuery query,
            StructureService structure,
            MessageSource messages) {
        this.matching = matching;
        this.mentorships = mentorships;
        this.query = query;
        this.structure = structure;
        this.messages = messages;
    }

    @GetMapping("/pairs/match")
    String candidates(@RequestParam long mentee, Model model) {
        model.addAttribute("match", matching.candidates(mentee));
        model.addAttribute("waiting", query.waitingOne(mentee).orElse(null));
        return "mentorship/match";
    }

    @GetMapping("/pairs/propose")
    String proposal(@RequestParam(required = false) Long unit, Model model) {
        return proposalPage(model, unitOrOwn(unit), Map.of(), List.of());
    }

    /** The curator's decisions: {@code mentor_<mentee>} (0 to reject) and {@code group_<mentor>} for groups. */
    @PostMapping("/pairs/propose")
    String accept(
            @RequestParam long unit,
            @RequestParam(required = false) MentorshipForm form,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate plannedStart,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate plannedEnd,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        Map<Long, Long> mentorOf = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            // anything but an id (a hand-made request) is ignored, never a failure
            if (name.matches("mentor_\\d{1,18}") && value.matches("\\d{1,18}") && !value.equals("0")) {
                mentorOf.put(Long.parseLong(name.substring(7)), Long.parseLong(value));
            }
        });
        Map<Long, List<Long>> byMentor = new LinkedHashMap<>();
        mentorOf.forEach((mentee, mentor) ->
                byMentor.computeIfAbsent(mentor, k -> new ArrayList<>()).add(mentee));
        // the unit's waiting mentees, read once: the organization of each line and the names in errors
        Map<Long, WaitingMentee> waiting = new HashMap<>();
        query.waiting(unit).forEach(w -> waiting.put(w.profileId(), w));
        List<MentorshipDraft> drafts = new ArrayList<>();
        List<List<Long>> lines = new ArrayList<>();
        byMentor.forEach((mentor, mentees) -> {
            for (List<Long> part : parts(mentees, parameters.get("group_" + mentor))) {
                drafts.add(new MentorshipDraft(
                        // a group's mentees share the organization: the proposal pairs within its bank
                        Optional.ofNullable(waiting.get(part.get(0)))
                                .map(WaitingMentee::organizationId)
                                .orElse(null),
                        form,
                        part.size() > 1 ? MentorshipKind.GROUP : MentorshipKind.TRADITIONAL,
                        plannedStart,
                        plannedEnd,
                        List.of(new MentorshipDraft.MentorChoice(mentor, null)),
                        part));
                lines.add(part);
            }
        });
        if (drafts.isEmpty()) {
            return proposalPage(
                    model, unit, parameters, List.of(text(new Violation("", "mentorship.proposal.nothing"))));
        }
        try {
            List<Long> ids = mentorships.createAll(drafts);
            redirect.addFlashAttribute(
                    "created", messages.getMessage("mentorship.proposal.created", new Object[] {ids.size()}, locale()));
            return "redirect:/pairs?status=DRAFT&unit=" + unit;
        } catch (FieldProblem problem) {
            List<String> errors = new ArrayList<>();
            for (Violation v : problem.violations()) {
                String line = v.field().startsWith("lines[")
                        ? v.field().substring(6, v.field().length() - 1)
                        : null;
                String message = text(v);
                if (line != null) {
                    List<Long> mentees = lines.get(Integer.parseInt(line));
                    message = messages.getMessage(
                                    "mentorship.proposal.lineProblem", new Object[] {names(waiting, mentees)}, locale())
                            + " " + message;
                }
                errors.add(message);
            }
            return proposalPage(model, unit, parameters, errors);
        }
    }

    /**
     * A mentor's accepted mentees as drafts: those of the proposed group the curator checked
     * ({@code group} lists its mentees) together when two or more are still with this mentor, each of
     * the others alone.
     */
    static List<List<Long>> parts(List<Long> mentees, String group) {
        List<Long> grouped = new ArrayList<>();
        if (group != null && !group.isBlank()) {
            for (String id : group.split(",")) {
                String trimmed = id.strip();
                if (trimmed.matches("\\d{1,18}") && mentees.contains(Long.parseLong(trimmed))) {
                    grouped.add(Long.parseLong(trimmed));
                }
            }
        }
        List<List<Long>> parts = new ArrayList<>();
        if (grouped.size() >= 2) {
            parts.add(grouped);
        } else {
            grouped.clear();
        }
        mentees.stream().filter(m -> !grouped.contains(m)).forEach(m -> parts.add(List.of(m)));
        return parts;
    }

    private String proposalPage(Model model, long unit, Map<String, String> chosen, List<String> errors) {
        MatchingService.Proposal proposal = matching.propose(unit);
        model.addAttribute("proposal", proposal);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "mayWeigh",
                !structure.units(Permission.FORM_PAIRS, UnitLevel.MUNICIPALITY).isEmpty());
        model.addAttribute("forms", MentorshipForm.values());
        model.addAttribute(
                "units",
                structure.units(Permission.FORM_PAIRS, null).stream()
                        .filter(u -> u.level() != UnitLevel.REGION)
                        .toList());
        LocalDate start = mentorships.today();
        model.addAttribute("plannedStart", chosen.getOrDefault("plannedStart", start.toString()));
        model.addAttribute(
                "plannedEnd",
                chosen.getOrDefault(
                        "plannedEnd", PairsController.plannedEnd(start).toString()));
        model.addAttribute("form", chosen.getOrDefault("form", MentorshipForm.EXPERIENCED_YOUNG.name()));
        return "mentorship/propose";
    }

    private long unitOrOwn(Long unit) {
        if (unit != null) {
            return unit;
        }
        List<UnitView> units = structure.units(Permission.FORM_PAIRS, null);
        return units.stream()
                .filter(u -> u.level() == UnitLevel.ORGANIZATION)
                .findFirst()
                .or(() -> units.stream()
                        .filter(u -> u.level() == UnitLevel.MUNICIPALITY)
                        .findFirst())
                .orElseThrow(() -> new ForbiddenException("form pairs"))
                .id();
    }

    private static String names(Map<Long, WaitingMentee> waiting, List<Long> mentees) {
        return String.join(
                ", ",
                mentees.stream()
                        .map(id -> waiting.containsKey(id) ? waiting.get(id).name() : "#" + id)
                        .toList());
    }

    private String text(Violation violation) {
        return messages.getMessage(violation.code(), violation.arguments(), violation.code(), locale());
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
