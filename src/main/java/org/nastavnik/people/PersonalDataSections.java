package org.nastavnik.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sections of the export that {@code people} itself holds: the person, records, consents. */
final class PersonalDataSections {

    private PersonalDataSections() {}

    static List<PersonalDataSection> of(PersonCard card, List<Consent> consents) {
        List<PersonalDataSection> sections = new ArrayList<>();
        sections.add(new PersonalDataSection("person", List.of(person(card))));
        sections.add(new PersonalDataSection(
                "employments",
                card.employments().stream()
                        .map(PersonalDataSections::employment)
                        .toList()));
        sections.add(new PersonalDataSection(
                "participants",
                card.participants().stream()
                        .map(PersonalDataSections::participant)
                        .toList()));
        sections.add(new PersonalDataSection(
                "consents", consents.stream().map(Consent::snapshot).toList()));
        return sections;
    }

    private static Map<String, Object> person(PersonCard card) {
        PersonData data = card.data();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("lastName", data.lastName());
        row.put("firstName", data.firstName());
        row.put("middleName", data.middleName());
        row.put("birthDate", data.birthDate());
        row.put("email", data.email());
        row.put("phone", data.phone());
        row.put("snils", data.snils());
        row.put("anonymizedOn", card.anonymizedOn());
        return row;
    }

    private static Map<String, Object> employment(EmploymentView employment) {
        EmploymentData data = employment.data();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("organization", employment.organization());
        row.put("position", employment.position());
        row.put("subjects", employment.subjects());
        row.put("pedagogicalSince", data.pedagogicalSince());
        row.put("organizationSince", data.organizationSince());
        row.put("qualification", data.qualification());
        row.put("mentorCategorySince", data.mentorCategorySince());
        row.put("methodistCategorySince", data.methodistCategorySince());
        row.put("endedOn", employment.endedOn());
        return row;
    }

    private static Map<String, Object> participant(ParticipantView participant) {
        ParticipantData data = participant.data();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", data.kind());
        row.put("organization", participant.organization());
        row.put("className", data.className());
        row.put("course", data.course());
        row.put("programme", data.programme());
        row.put("graduationYear", data.graduationYear());
        row.put("employer", data.employer());
        row.put("position", data.position());
        row.put("endedOn", participant.endedOn());
        return row;
    }
}
