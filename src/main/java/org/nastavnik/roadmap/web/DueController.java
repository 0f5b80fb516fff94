package org.nastavnik.roadmap.web;

import org.nastavnik.roadmap.DueLists;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** «Просрочено» and «На этой неделе» of the roadmaps of the caller's units, filtered by unit or roadmap. */
@Controller
class DueController {

    private final DueLists lists;

    DueController(DueLists lists) {
        this.lists = lists;
    }

    @GetMapping("/roadmaps/due")
    String due(@RequestParam(required = false) Long unit, @RequestParam(required = false) Long roadmap, Model model) {
        DueLists.Filter filter = new DueLists.Filter(unit, roadmap);
        model.addAttribute("overdue", lists.overdue(filter));
        model.addAttribute("thisWeek", lists.thisWeek(filter));
        model.addAttribute("units", lists.units());
        model.addAttribute("roadmaps", lists.roadmaps(unit));
        model.addAttribute("unit", unit);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("limit", DueLists.LIMIT);
        return "roadmap/due";
    }
}
