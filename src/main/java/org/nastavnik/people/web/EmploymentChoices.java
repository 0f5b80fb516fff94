package org.nastavnik.people.web;

import java.util.List;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.Qualification;
import org.nastavnik.structure.UnitView;
import org.springframework.ui.Model;

/** What the employment fields offer to choose from. */
final class EmploymentChoices {

    private EmploymentChoices() {}

    /** The organization to offer first: the given one, or the caller's only one. */
    static Long defaultOrganization(Long given, PeopleService people) {
        if (given != null) {
            return given;
        }
        List<UnitView> organizations = people.editableOrganizations();
        return organizations.size() == 1 ? organizations.get(0).id() : null;
    }

    static void addTo(Model model, PeopleService people) {
        model.addAttribute("organizations", people.editableOrganizations());
        model.addAttribute("positions", people.positions());
        model.addAttribute("subjects", people.subjects());
        model.addAttribute("qualifications", Qualification.values());
    }
}
