package org.nastavnik.bank.web;

import org.nastavnik.bank.BankSearch;
import org.nastavnik.bank.ProfilePeople;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The banks on a person's card: their profiles, and the way to add them to a bank. */
@Controller
class BankPersonController {

    private final BankSearch search;
    private final PeopleService people;
    private final ProfilePeople persons;

    BankPersonController(BankSearch search, PeopleService people, ProfilePeople persons) {
        this.search = search;
        this.people = people;
        this.persons = persons;
    }

    @GetMapping("/bank/person/{id}")
    String profiles(@PathVariable long id, Model model) {
        PersonCard person = people.card(id);
        model.addAttribute("person", person);
        model.addAttribute("profiles", search.profilesOf(id));
        model.addAttribute(
                "mayAdd",
                person.anonymizedOn() == null
                        && !persons.editableOrganizations(person).isEmpty());
        return "bank/person :: profiles";
    }
}
