package org.nastavnik.bank;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.RussianText;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonAnonymized;
import org.nastavnik.people.PersonalDataContributor;
import org.nastavnik.people.PersonalDataSection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank profiles in a person's data export (a mentor's competencies, achievements, trainings
 * and consent; a mentee's category, request, deficits and consent). When the person is anonymized
 * the profiles leave the banks: the free text they wrote or that was written about them (request,
 * competencies in their own words, consent document, achievements' titles, certificates) is
 * removed; the counts of the banks' history stay.
 */
@Component
class BankPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;
    private final PeopleService people;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    BankPersonalData(JdbcClient jdbc, PeopleService people, MessageSource messages, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.messages = messages;
        this.events = events;
    }

    @Override
    public List<PersonalDataSection> sections(long personId) {
        List<Map<String, Object>> mentor = jdbc.sql("select m.id, u.short_name, m.competency_note, m.capacity,"
                        + " m.consent_on, m.consent_document, m.status, m.confirmed_year,"
                        + " (select string_agg(a.title || ' (' || a.year || ')', '; ' order by a.year)"
                        + "  from mentor_achievement a where a.profile_id = m.id) as achievements,"
                        + " (select string_agg(t.course || ' (' || t.hours || ')', '; ' order by t.completed_on)"
                        + "  from mentor_training t where t.profile_id = m.id) as trainings"
                        + " from mentor_profile m join unit u on u.id = m.organization_id where m.person_id = ?"
                        + " order by m.id")
                .param(personId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("organization", rs.getString("short_name"));
                    row.put("competencyNote", rs.getString("competency_note"));
                    row.put("capacity", rs.getInt("capacity"));
                    row.put("achievements", rs.getString("achievements"));
                    row.put("trainings", rs.getString("trainings"));
                    row.put("consentOn", rs.getObject("consent_on", LocalDate.class));
                    row.put("consentDocument", rs.getString("consent_document"));
                    row.put("status", text("bank.status." + rs.getString("status")));
                    row.put("confirmedYear", rs.getObject("confirmed_year", Integer.class));
                    return row;
                })
                .list();
        List<Map<String, Object>> mentee = jdbc.sql("select m.id, u.short_name, m.category, m.request_text,"
                        + " m.preferred_format, m.consent_on, m.consent_document, m.status, m.confirmed_year,"
                        + " (select string_agg(c.name || ' (' || d.level || ')', '; ' order by c.name)"
                        + "  from mentee_deficit d join catalog_entry c on c.id = d.deficit_id"
                        + "  where d.profile_id = m.id) as deficits"
                        + " from mentee_profile m join unit u on u.id = m.organization_id where m.person_id = ?"
                        + " order by m.id")
                .param(personId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("organization", rs.getString("short_name"));
                    row.put("menteeCategory", text("bank.category." + rs.getString("category")));
                    row.put("request", rs.getString("request_text"));
                    row.put("deficits", rs.getString("deficits"));
                    row.put("consentOn", rs.getObject("consent_on", LocalDate.class));
                    row.put("consentDocument", rs.getString("consent_document"));
                    row.put("status", text("bank.status." + rs.getString("status")));
                    row.put("confirmedYear", rs.getObject("confirmed_year", Integer.class));
                    return row;
                })
                .list();
        return List.of(
                new PersonalDataSection("mentorProfiles", mentor), new PersonalDataSection("menteeProfiles", mentee));
    }

    @Override
    public List<String> anonymizedCategories(long personId) {
        boolean any = jdbc.sql("select exists (select 1 from mentor_profile where person_id = ?)"
                        + " or exists (select 1 from mentee_profile where person_id = ?)")
                .params(personId, personId)
                .query(Boolean.class)
                .single();
        return any ? List.of("bankProfiles") : List.of();
    }

    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }

    /** In the transaction of the anonymization: it commits or rolls back with it. */
    @EventListener
    @Transactional
    public void on(PersonAnonymized anonymized) {
        long personId = anonymized.personId();
        jdbc.sql("update mentor_achievement set title = '-' where profile_id in"
                        + " (select id from mentor_profile where person_id = ?)")
                .param(personId)
                .update();
        jdbc.sql("update mentor_training set course = '-', certificate = null where profile_id in"
                        + " (select id from mentor_profile where person_id = ?)")
                .param(personId)
                .update();
        LocalDate today = people.today();
        int mentors = jdbc.sql("update mentor_profile set competency_note = null, consent_document = null,"
                        + " contest_comment = null, region_comment = null, status_since = case when status = 'LEFT' then status_since else ? end,"
                        + " status = 'LEFT', version = version + 1 where person_id = ?")
                .params(today, personId)
                .update();
        int mentees = jdbc.sql("update mentee_profile set request_text = null, consent_document = null,"
                        + " status_since = case when status = 'LEFT' then status_since else ? end,"
                        + " status = 'LEFT', version = version + 1 where person_id = ?")
                .params(today, personId)
                .update();
        if (mentors + mentees > 0) {
            events.publishEvent(new ChangeRecorded(
                    "bank_profile", personId, null, "anonymize", Map.of(), Map.of("profiles", mentors + mentees)));
        }
    }
}
