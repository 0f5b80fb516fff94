package org.nastavnik.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.RussianText;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's personal data under 152-ФЗ: consents to processing, the export of everything the
 * system holds about them, and anonymization on request with a line in the destruction journal.
 * Needs {@link Permission#MANAGE_PERSONAL_DATA} over an organization the person belongs to; every
 * action, the export included, is audited.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataService {

    static final int MAX_REASON = 1000;

    private final PeopleService people;
    private final Consents consents;
    private final DestructionRecords journal;
    private final List<PersonalDataContributor> contributors;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    PersonalDataService(
            PeopleService people,
            Consents consents,
            DestructionRecords journal,
            List<PersonalDataContributor> contributors,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.people = people;
        this.consents = consents;
        this.journal = journal;
        this.contributors = contributors;
        this.policy = policy;
        this.events = events;
        this.messages = messages;
    }

    /**
     * Refuses with 403 a caller whose roles never manage personal data and with 404 one who may not
     * manage this person's.
     */
    public void requireManageable(long personId) {
        managed(personId);
    }

    @Transactional
    public long addConsent(long personId, ConsentData data) {
        Person person = active(managed(personId));
        ConsentData consent = new ConsentData(
                RussianText.trimToNull(data.purpose()), data.givenOn(), RussianText.trimToNull(data.basisDocument()));
        FieldProblem.requireNone(ConsentRules.check(consent, person.data().birthDate(), people.today()));
        Consent saved = consents.saveAndFlush(new Consent(personId, consent));
        events.publishEvent(new ChangeRecorded(
                "consent", saved.id(), people.unitPath(personId), "create", Map.of(), saved.snapshot()));
        return saved.id();
    }

    @Transactional
    public void withdrawConsent(long personId, long consentId, LocalDate on) {
        managed(personId);
        Consent consent = consents.findById(consentId)
                .filter(c -> c.personId() == personId)
                .orElseThrow(() -> new NotFoundException("consent", consentId));
        if (consent.withdrawnOn() != null) {
            throw new FieldProblem("withdrawnOn", "consent.withdrawnOn.already");
        }
        FieldProblem.requireNone(ConsentRules.checkWithdrawal(consent.givenOn(), on, people.today()));
        Map<String, Object> before = consent.snapshot();
        consent.withdraw(on);
        consents.flush();
        events.publishEvent(new ChangeRecorded(
                "consent", consentId, people.unitPath(personId), "withdraw", before, consent.snapshot()));
    }

    /** Everything about the person; the export itself is audited with its format. */
    @Transactional
    public PersonalDataExport export(long personId, String format) {
        managed(personId);
        List<PersonalDataSection> sections = new ArrayList<>(PersonalDataSections.of(
                people.card(personId), consents.findByPersonIdOrderByGivenOnDescIdDesc(personId)));
        contributors.forEach(c -> sections.addAll(c.sections(personId)));
        events.publishEvent(new ChangeRecorded(
                "person", personId, people.unitPath(personId), "export", Map.of(), Map.of("format", format)));
        return new PersonalDataExport(personId, people.today(), sections);
    }

    /**
     * Removes the person's identity on their request (or when the purpose is reached), keeping the
     * records and the audit history, and writes the destruction journal. Other modules remove their
     * part on {@link PersonAnonymized} in the same transaction.
     */
    @Transactional
    public long anonymize(long personId, long expectedVersion, String reason) {
        Person person = active(managed(personId));
        if (person.version() != expectedVersion) {
            throw new ConcurrentChangeException("person", personId);
        }
        String why = RussianText.trimToNull(reason);
        if (why == null) {
            throw new FieldProblem("reason", "NotBlank");
        }
        if (why.length() > MAX_REASON) {
            throw new FieldProblem("reason", "Size");
        }
        LocalDate today = people.today();
        List<String> categories = categories(person.data());
        contributors.forEach(c -> categories.addAll(c.anonymizedCategories(personId)));
        DestructionRecord record = journal.saveAndFlush(new DestructionRecord(
                personId,
                person.data().fullName(),
                categories,
                messages.getMessage("personalData.systemName", null, RussianText.RU),
                why,
                today,
                policy.actor()));
        person.anonymize(
                today,
                messages.getMessage(
                        "personalData.anonymousLabel", new Object[] {String.valueOf(personId)}, RussianText.RU));
        events.publishEvent(new ChangeRecorded(
                "person",
                personId,
                people.unitPath(personId),
                "anonymize",
                Map.of(),
                Map.of("anonymizedOn", today, "categories", categories, "destructionRecordId", record.id())));
        events.publishEvent(new PersonAnonymized(personId));
        return record.id();
    }

    private static List<String> categories(PersonData data) {
        List<String> categories = new ArrayList<>(List.of("fullName"));
        if (data.birthDate() != null) {
            categories.add("birthDate");
        }
        if (data.email() != null) {
            categories.add("email");
        }
        if (data.phone() != null) {
            categories.add("phone");
        }
        if (data.snils() != null) {
            categories.add("snils");
        }
        return categories;
    }

    private Person managed(long personId) {
        if (policy.scope(Permission.MANAGE_PERSONAL_DATA).isEmpty()) {
            throw new ForbiddenException("manage personal data");
        }
        return people.visible(personId, Permission.MANAGE_PERSONAL_DATA);
    }

    private static Person active(Person person) {
        if (person.anonymizedOn() != null) {
            throw new ForbiddenException("change an anonymized person");
        }
        return person;
    }
}
