package org.nastavnik.people.web;

import jakarta.validation.Valid;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.web.Attachments;
import org.nastavnik.common.web.Submission;
import org.nastavnik.common.web.Violations;
import org.nastavnik.people.ConsentRules;
import org.nastavnik.people.ConsentView;
import org.nastavnik.people.DestructionJournal;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.people.PersonalDataService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/** Consents, the export and the anonymization of one person's data, and the destruction journal. */
@Controller
class PersonalDataController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PeopleService people;
    private final PersonalDataService personalData;
    private final DestructionJournal journal;
    private final PersonalDataWorkbook workbook;
    private final ObjectMapper json;

    PersonalDataController(
            PeopleService people,
            PersonalDataService personalData,
            DestructionJournal journal,
            PersonalDataWorkbook workbook,
            ObjectMapper json) {
        this.people = people;
        this.personalData = personalData;
        this.journal = journal;
        this.workbook = workbook;
        this.json = json;
    }

    @GetMapping("/people/{id}/consents/new")
    String newConsent(@PathVariable long id, Model model) {
        PersonCard person = changeable(id);
        return consentForm(model, person, new ConsentForm("", people.today(), ""));
    }

    @PostMapping("/people/{id}/consents/new")
    String addConsent(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ConsentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard person = changeable(id);
        Violations.reject(
                errors, () -> ConsentRules.check(form.data(), person.data().birthDate(), people.today()));
        return Submission.submit(
                errors,
                model,
                null,
                () -> personalData.addConsent(id, form.data()),
                () -> consentForm(model, person, form),
                "/people/" + id,
                redirect);
    }

    @GetMapping("/people/{id}/consents/{consentId}/withdraw")
    String withdrawing(@PathVariable long id, @PathVariable long consentId, Model model) {
        PersonCard person = manageable(id);
        return withdrawalForm(model, person, active(person, consentId), new WithdrawalForm(people.today()));
    }

    @PostMapping("/people/{id}/consents/{consentId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long consentId,
            @Valid @ModelAttribute("form") WithdrawalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard person = manageable(id);
        ConsentView consent = active(person, consentId);
        Violations.reject(
                errors, () -> ConsentRules.checkWithdrawal(consent.givenOn(), form.withdrawnOn(), people.today()));
        return Submission.submit(
                errors,
                model,
                null,
                () -> personalData.withdrawConsent(id, consentId, form.withdrawnOn()),
                () -> withdrawalForm(model, person, consent, form),
                "/people/" + id,
                redirect);
    }

    @GetMapping("/people/{id}/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable long id) {
        byte[] body = json.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(personalData.export(id, "json").asDocument());
        return Attachments.of("person-" + id + ".json", MediaType.APPLICATION_JSON, body);
    }

    @GetMapping("/people/{id}/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable long id) {
        return Attachments.of("person-" + id + ".xlsx", XLSX, workbook.write(personalData.export(id, "xlsx")));
    }

    @GetMapping("/people/{id}/anonymize")
    String anonymizing(@PathVariable long id, Model model) {
        PersonCard person = changeable(id);
        return anonymizationForm(model, person, new AnonymizationForm("", null, person.version()));
    }

    @PostMapping("/people/{id}/anonymize")
    String anonymize(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AnonymizationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        PersonCard person = manageable(id);
        return Submission.submit(
                errors,
                model,
                person,
                () -> personalData.anonymize(id, form.version(), form.reason()),
                () -> anonymizationForm(model, person, form),
                "/people/" + id,
                redirect);
    }

    @GetMapping("/personal-data/destructions")
    String destructions(Model model) {
        model.addAttribute("records", journal.list());
        return "people/destructions";
    }

    /** 403 for a role that never manages personal data, 404 outside the caller's scope. */
    private PersonCard manageable(long id) {
        personalData.requireManageable(id);
        return people.card(id);
    }

    private PersonCard changeable(long id) {
        PersonCard person = manageable(id);
        if (person.anonymizedOn() != null) {
            throw new ForbiddenException("change an anonymized person");
        }
        return person;
    }

    private static ConsentView active(PersonCard person, long consentId) {
        return person.consents().stream()
                .filter(c -> c.id() == consentId && c.withdrawnOn() == null)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("consent", consentId));
    }

    private static String consentForm(Model model, PersonCard person, ConsentForm form) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        return "people/consent-form";
    }

    private static String withdrawalForm(Model model, PersonCard person, ConsentView consent, WithdrawalForm form) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("what", consent.purpose());
        model.addAttribute("title", "consent.withdraw.title");
        model.addAttribute("dateField", "withdrawnOn");
        model.addAttribute("dateLabel", "consent.withdrawnOn");
        model.addAttribute("action", "/people/" + person.id() + "/consents/" + consent.id() + "/withdraw");
        return "people/end";
    }

    private static String anonymizationForm(Model model, PersonCard person, AnonymizationForm form) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        return "people/anonymize";
    }
}
