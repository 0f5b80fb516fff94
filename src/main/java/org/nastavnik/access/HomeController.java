package org.nastavnik.access;

import java.util.List;
import org.nastavnik.common.web.HomePanel;
import org.nastavnik.people.PeopleQuery;
import org.nastavnik.people.PeopleService;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the signed-in user's roles and the numbers of the units they see. */
@Controller
class HomeController {

    private final AccessService access;
    private final PeopleService people;
    private final StructureService structure;
    private final CurrentPolicy policy;
    private final List<HomePanel> panels;

    HomeController(
            AccessService access,
            PeopleService people,
            StructureService structure,
            CurrentPolicy policy,
            List<HomePanel> panels) {
        this.access = access;
        this.people = people;
        this.structure = structure;
        this.policy = policy;
        this.panels = panels;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("roles", access.myRoles());
        boolean readsUnits = !policy.scope(Permission.READ).paths().isEmpty()
                || policy.scope(Permission.READ).everything();
        model.addAttribute("readsUnits", readsUnits);
        if (readsUnits) {
            model.addAttribute(
                    "organizations", structure.organizations(Permission.READ).size());
            model.addAttribute(
                    "staff",
                    people.search(PeopleQuery.ALL, PageRequest.of(0, 1)).getTotalElements());
        }
        model.addAttribute(
                "panels", panels.stream().flatMap(p -> p.panel().stream()).toList());
        return "access/home";
    }
}
