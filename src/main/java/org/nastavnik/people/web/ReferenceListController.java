package org.nastavnik.people.web;

import org.nastavnik.common.FieldProblem;
import org.nastavnik.people.ReferenceLists;
import org.nastavnik.people.ReferenceLists.Kind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Positions and subjects as reference lists: everyone signed in reads them, administrators add,
 * rename (a position also says whether it is pedagogical) and archive entries.
 */
@Controller
class ReferenceListController {

    private final ReferenceLists lists;

    ReferenceListController(ReferenceLists lists) {
        this.lists = lists;
    }

    @GetMapping("/people/lists/{kind}")
    String list(@PathVariable String kind, Model model) {
        return page(Kind.of(kind), model, null, null, "", true);
    }

    @PostMapping("/people/lists/{kind}")
    String create(
            @PathVariable String kind,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean pedagogical,
            Model model,
            RedirectAttributes redirect) {
        Kind list = Kind.of(kind);
        try {
            lists.create(list, name, pedagogical);
        } catch (FieldProblem refused) {
            return page(list, model, null, refused.code(), name, pedagogical);
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/people/lists/" + list.slug();
    }

    @PostMapping("/people/lists/{kind}/{id}")
    String update(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean pedagogical,
            Model model,
            RedirectAttributes redirect) {
        Kind list = Kind.of(kind);
        try {
            lists.update(list, id, name, pedagogical);
        } catch (FieldProblem refused) {
            return page(list, model, id, refused.code(), "", true);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/people/lists/" + list.slug();
    }

    @PostMapping("/people/lists/{kind}/{id}/archive")
    String archive(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam boolean archived,
            RedirectAttributes redirect) {
        Kind list = Kind.of(kind);
        lists.archive(list, id, archived);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/people/lists/" + list.slug();
    }

    private String page(Kind kind, Model model, Long failedId, String error, String name, boolean pedagogical) {
        model.addAttribute("kind", kind);
        model.addAttribute("entries", lists.entries(kind));
        model.addAttribute("mayEdit", lists.mayEdit());
        model.addAttribute("failedId", failedId == null ? -1L : failedId);
        model.addAttribute("error", error == null ? "" : error);
        model.addAttribute("name", name);
        model.addAttribute("pedagogical", pedagogical);
        return "people/reference-list";
    }
}
