package org.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.RussianText;
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
 * A person's pairs and groups in their personal-data export: role, organization, form, kind, period,
 * status, the order, their consent (date, way, document), when they joined and left and why, and the
 * texts they wrote (a request for another mentor, a resignation). When the person is anonymized the
 * facts stay (who was in which pair, dates, states) but the free texts they wrote or that were written
 * about them go — the reasons of a replacement request, a resignation or a replacement of them, their
 * consent documents and scans — and the timeline names them, and signs their own acts, as the person
 * table now does.
 */
@Component
class MentorshipPersonalData implements PersonalDataContributor {

    static final String CATEGORY = "mentorships";
    private static final String SPLIT = " \u2192 ";

    private final JdbcClient jdbc;
    private final BankSeats seats;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    MentorshipPersonalData(JdbcClient jdbc, BankSeats seats, MessageSource messages, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.seats = seats;
        this.messages = messages;
        this.events = events;
    }

    @Override
    public List<PersonalDataSection> sections(long personId) {
        List<Map<String, Object>> rows = jdbc.sql("select m.role, u.short_name, s.form, s.kind, s.planned_start,"
                        + " s.planned_end, s.status, s.order_number, s.order_date, s.ended_on, m.consent_on,"
                        + " m.consent_way, m.consent_document, m.joined_on, m.left_on, m.left_reason,"
                        + " (select string_agg(to_char(e.happened_at, 'DD.MM.YYYY') || ': ' || e.note, '; '"
                        + "  order by e.happened_at, e.id) from mentorship_event e where e.mentorship_id = s.id"
                        + "  and e.note is not null and e.kind in ('REPLACEMENT_REQUESTED', 'MENTOR_RESIGNED')"
                        + "  and (e.actor_person_id = ? or e.person_id = ?)) as texts"
                        + " from mentorship_member m join mentorship s on s.id = m.mentorship_id"
                        + " join unit u on u.id = s.organization_id where m.person_id = ? order by m.joined_on, m.id")
                .params(personId, personId, personId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("role", text("mentorship." + rs.getString("role").toLowerCase(Locale.ROOT)));
                    row.put("organization", rs.getString("short_name"));
                    row.put("mentorshipForm", text("mentorship.form." + rs.getString("form")));
                    row.put("mentorshipKind", text("mentorship.kind." + rs.getString("kind")));
                    row.put("plannedStart", rs.getObject("planned_start", LocalDate.class));
                    row.put("plannedEnd", rs.getObject("planned_end", LocalDate.class));
                    row.put("mentorshipStatus", text("mentorship.status." + rs.getString("status")));
                    row.put("orderNumber", rs.getString("order_number"));
                    row.put("orderDate", rs.getObject("order_date", LocalDate.class));
                    row.put("endedOn", rs.getObject("ended_on", LocalDate.class));
                    row.put("consentOn", rs.getObject("consent_on", LocalDate.class));
                    row.put(
                            "consentWay",
                            rs.getString("consent_way") == null
                                    ? null
                                    : text("mentorship.consentWay." + rs.getString("consent_way")));
                    row.put("consentDocument", rs.getString("consent_document"));
                    row.put("joinedOn", rs.getObject("joined_on", LocalDate.class));
                    row.put("leftOn", rs.getObject("left_on", LocalDate.class));
                    row.put("leftReason", rs.getString("left_reason"));
                    row.put("ownTexts", rs.getString("texts"));
                    return row;
                })
                .list();
        return List.of(new PersonalDataSection(CATEGORY, rows));
    }

    @Override
    public List<String> anonymizedCategories(long personId) {
        boolean any = jdbc.sql("select exists (select 1 from mentorship_member where person_id = ?)"
                        + " or exists (select 1 from mentorship_event where actor_person_id = ?)")
                .params(personId, personId)
                .query(Boolean.class)
                .single();
        return any ? List.of(CATEGORY) : List.of();
    }

    /**
     * In the transaction of the anonymization, after the person's name is replaced: the timeline names
     * the person by the new label and loses the texts by or about them; the facts stay.
     */
    @EventListener
    @Transactional
    public void on(PersonAnonymized anonymized) {
        long personId = anonymized.personId();
        String label = seats.name(personId);
        int lines = jdbc.sql("update mentorship_event set note = case when actor_person_id = :p"
                        + " or (person_id = :p and kind in ('CONSENT_GIVEN', 'REPLACEMENT_REQUESTED',"
                        + " 'MENTOR_RESIGNED', 'MENTOR_REPLACED')) then null else note end,"
                        + " actor = case when actor_person_id = :p then :label else actor end,"
                        + " subject = case"
                        + "  when kind <> 'MENTOR_REPLACED' and person_id = :p then :label"
                        + "  when kind <> 'MENTOR_REPLACED' then subject"
                        + "  when person_id = :p and other_person_id = :p then :label || :split || :label"
                        + "  when person_id = :p then :label || :split || split_part(subject, :split, 2)"
                        + "  when other_person_id = :p and person_id is null then :label"
                        + "  when other_person_id = :p then split_part(subject, :split, 1) || :split || :label"
                        + "  else subject end"
                        + " where person_id = :p or other_person_id = :p or actor_person_id = :p")
                .param("p", personId)
                .param("label", label)
                .param("split", SPLIT)
                .update();
        jdbc.sql("delete from mentorship_consent_scan where member_id in"
                        + " (select id from mentorship_member where person_id = ?)")
                .param(personId)
                .update();
        int members = jdbc.sql("update mentorship_member set left_reason = null, consent_document = null,"
                        + " consent_by = case when consent_way = 'IN_SYSTEM' then ? else consent_by end"
                        + " where person_id = ?")
                .params(label, personId)
                .update();
        if (lines + members > 0) {
            events.publishEvent(new ChangeRecorded(
                    "mentorship_member",
                    personId,
                    null,
                    "anonymize",
                    Map.of(),
                    Map.of("members", members, "timelineLines", lines)));
        }
    }

    private String text(String code) {
        return messages.getMessage(code, null, RussianText.RU);
    }
}
