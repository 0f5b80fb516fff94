package org.nastavnik.people.web;

import org.nastavnik.people.PeopleService;
import org.nastavnik.people.Qualification;
import org.springframework.ui.Model;

/** What the employment fields offer to choose from. */
final class EmploymentChoices {

    private EmploymentChoices() {}

    static void addTo(Model model, PeopleService people) {
        model.addAttribute("organizations", people.editableOrganizations());
        model.addAttribute("positions", people.positions());
        model.addAttribute("subjects", people.subjects());
        model.addAttribute("qualifications", Qualification.values());
    }
}
