package org.nastavnik.bank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nastavnik.bank.MenteeData.DeficitMark;
import org.nastavnik.bank.MenteeProfile.Deficit;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.Violation;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentee profiles: created for a person in an organization where they work or learn, changed by
 * whoever keeps that organization's people; the mentee fills their own self-assessment of deficits
 * and their request, nothing else.
 */
@Service
@Transactional(readOnly = true)
public class MenteeService {

    private static final String ENTITY = "mentee_profile";

    private final JdbcClient jdbc;
    private final SameField sameField;
    private final JdbcTemplate batches;
    private final ProfilePeople persons;
    private final CatalogDeficits deficits;
    private final PeopleService people;
    private final StructureService structure;
    private final ProfileRecords<Row> records;

    MenteeService(
            JdbcClient jdbc,
            JdbcTemplate batches,
            ProfilePeople persons,
            CatalogDeficits deficits,
            PeopleService people,
            StructureService structure,
            SameField sameField,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.sameField = sameField;
        this.batches = batches;
        this.persons = persons;
        this.deficits = deficits;
        this.people = people;
        this.structure = structure;
        this.records = new ProfileRecords<>(ENTITY, this::find, jdbc, persons, people, events);
    }

    private record Row(
            long id,
            long personId,
            long organizationId,
            String organizationPath,
            MenteeData data,
            LocalDate statusSince,
            Integer confirmedYear,
            long version)
            implements ProfileRecords.Stored {

        @Override
        public Map<String, Object> snapshot() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("category", data.category());
            values.put("requestText", data.requestText());
            values.put("preferredFormat", data.preferredFormat());
            values.put("consentOn", data.consentOn());
            values.put("consentDocument", data.consentDocument());
            values.put("status", data.status());
            values.put("confirmedYear", confirmedYear);
            values.put(
                    "deficits",
                    data.deficits().stream()
                            .map(d -> d.deficitId() + ":" + d.source() + ":" + d.level())
                            .toList());
            return values;
        }
    }

    /**
     * The defaults of a new profile: a young specialist when the person's pedagogical experience is
     * at most three years.
     */
    public MenteeData blank(ProfileFacts facts) {
        return new MenteeData(
                facts.youngSpecialist() ? MenteeCategory.YOUNG_SPECIALIST : null,
                null,
                null,
                null,
                null,
                ProfileStatus.ACTIVE,
                List.of());
    }

    /**
     * Creates the profile. A person who is an active mentor of the field of these deficits is refused
     * until the caller acknowledges it ({@code bothRoles}).
     */
    @Transactional
    public long create(long personId, Long organizationId, MenteeData data, boolean bothRoles) {
        PersonCard person = persons.card(personId);
        UnitView organization = persons.organizationFor(person, organizationId);
        if (jdbc.sql("select count(*) from mentee_profile where person_id = ? and organization_id = ?")
                        .params(personId, organization.id())
                        .query(Integer.class)
                        .single()
                > 0) {
            throw new FieldProblem("organizationId", "bank.mentee.exists");
        }
        FieldProblem.requireNone(BankRules.checkMentee(data, deficits.allowed(List.of()), people.today()));
        if (!bothRoles
                && sameField.mentorOfTheSameField(
                        personId,
                        data.deficits().stream().map(DeficitMark::deficitId).toList())) {
            throw new FieldProblem("bothRoles", "bank.mentee.alsoMentor");
        }
        long id = records.nextId();
        jdbc.sql("insert into mentee_profile (id, person_id, organization_id, organization_path, category,"
                        + " request_text, preferred_format, consent_on, consent_document, status, status_since,"
                        + " confirmed_year) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        personId,
                        organization.id(),
                        organization.path(),
                        data.category().name(),
                        data.requestText(),
                        data.preferredFormat() == null
                                ? null
                                : data.preferredFormat().name(),
                        data.consentOn(),
                        data.consentDocument(),
                        data.status().name(),
                        people.today(),
                        records.currentYear())
                .update();
        writeDeficits(id, data.deficits());
        records.created(id);
        return id;
    }

    @Transactional
    public void update(long id, long expectedVersion, MenteeData data) {
        Row before = records.editable(id);
        if (before.version() != expectedVersion) {
            throw new ConcurrentChangeException(ENTITY, id);
        }
        List<Long> had =
                before.data().deficits().stream().map(DeficitMark::deficitId).toList();
        FieldProblem.requireNone(BankRules.checkMentee(data, deficits.allowed(had), people.today()));
        LocalDate statusSince = data.status() == before.data().status() ? before.statusSince() : people.today();
        int changed = jdbc.sql("update mentee_profile set category = ?, request_text = ?, preferred_format = ?,"
                        + " consent_on = ?, consent_document = ?, status = ?, status_since = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(
                        data.category().name(),
                        data.requestText(),
                        data.preferredFormat() == null
                                ? null
                                : data.preferredFormat().name(),
                        data.consentOn(),
                        data.consentDocument(),
                        data.status().name(),
                        statusSince,
                        id,
                        expectedVersion)
                .update();
        if (changed == 0) {
            throw new ConcurrentChangeException(ENTITY, id);
        }
        jdbc.sql("delete from mentee_deficit where profile_id = ?").param(id).update();
        writeDeficits(id, data.deficits());
        records.changed(before, "update");
    }

    /**
     * The mentee's own self-assessment: their marks replace the earlier self-assessment, while
     * deficits found by diagnostics or observation stay as the curator recorded them.
     */
    @Transactional
    public void selfAssess(long id, long expectedVersion, Map<Long, Integer> levels, String requestText) {
        Row before = records.visible(id);
        if (!Long.valueOf(before.personId()).equals(persons.self())) {
            throw new ForbiddenException("self-assess for somebody else");
        }
        if (before.version() != expectedVersion) {
            throw new ConcurrentChangeException(ENTITY, id);
        }
        Map<Long, DeficitMark> marks = new LinkedHashMap<>();
        before.data().deficits().stream()
                .filter(d -> d.source() != DeficitSource.SELF_ASSESSMENT)
                .forEach(d -> marks.put(d.deficitId(), d));
        levels.forEach((deficit, level) -> {
            if (level != null && level > 0) {
                marks.putIfAbsent(deficit, new DeficitMark(deficit, DeficitSource.SELF_ASSESSMENT, level));
            }
        });
        MenteeData data = new MenteeData(
                before.data().category(),
                requestText,
                before.data().preferredFormat(),
                before.data().consentOn(),
                before.data().consentDocument(),
                before.data().status(),
                List.copyOf(marks.values()));
        List<Long> had =
                before.data().deficits().stream().map(DeficitMark::deficitId).toList();
        FieldProblem.requireNone(BankRules.checkMentee(data, deficits.allowed(had), people.today()));
        if (jdbc.sql("update mentee_profile set request_text = ?, version = version + 1 where id = ? and version = ?")
                        .params(data.requestText(), id, expectedVersion)
                        .update()
                == 0) {
            throw new ConcurrentChangeException(ENTITY, id);
        }
        jdbc.sql("delete from mentee_deficit where profile_id = ?").param(id).update();
        writeDeficits(id, data.deficits());
        records.changed(before, "self-assessment");
    }

    public MenteeProfile get(long id) {
        Row row = records.visible(id);
        PersonCard person = persons.card(row.personId());
        Map<Long, CatalogEntryView> catalog = deficits.all();
        List<Deficit> marks = row.data().deficits().stream()
                .map(d -> {
                    CatalogEntryView entry = catalog.get(d.deficitId());
                    return new Deficit(
                            d.deficitId(), entry.name(), entry.groupName(), entry.archived(), d.source(), d.level());
                })
                .toList();
        UnitView organization = structure.byIds(List.of(row.organizationId())).get(row.organizationId());
        return new MenteeProfile(
                id,
                row.personId(),
                person.displayName(),
                row.organizationId(),
                organization.shortName(),
                row.data(),
                marks,
                row.statusSince(),
                row.confirmedYear(),
                persons.facts(person, row.organizationId()),
                sameField.mentorOfTheSameField(
                        row.personId(),
                        row.data().deficits().stream()
                                .map(DeficitMark::deficitId)
                                .toList()),
                row.version(),
                Integer.valueOf(records.currentYear()).equals(row.confirmedYear()),
                persons.mayEdit(row.organizationPath()),
                Long.valueOf(row.personId()).equals(persons.self()));
    }

    /** The signed-in person's own mentee profiles. */
    public List<Long> mine() {
        Long self = persons.self();
        if (self == null) {
            return List.of();
        }
        return jdbc.sql("select id from mentee_profile where person_id = ? order by id")
                .param(self)
                .query(Long.class)
                .list();
    }

    /**
     * Marks the profiles confirmed in the current academic year, all or none: a profile the caller
     * may not see or change refuses the whole request. Returns how many were confirmed now.
     */
    @Transactional
    public int confirm(Collection<Long> ids) {
        return records.confirm(ids);
    }

    /** What is wrong with the data for a new profile (id null) or the existing one, all at once. */
    public List<Violation> problems(Long id, MenteeData data) {
        List<Long> had = id == null
                ? List.of()
                : records.visible(id).data().deficits().stream()
                        .map(DeficitMark::deficitId)
                        .toList();
        return BankRules.checkMentee(data, deficits.allowed(had), people.today());
    }

    private void writeDeficits(long id, List<DeficitMark> marks) {
        batches.batchUpdate(
                "insert into mentee_deficit (profile_id, deficit_id, source, level) values (?, ?, ?, ?)",
                marks.stream()
                        .map(m -> new Object[] {id, m.deficitId(), m.source().name(), m.level()})
                        .toList());
    }

    private Row find(long id) {
        Row row = jdbc.sql("select * from mentee_profile where id = ?")
                .param(id)
                .query(MenteeService::map)
                .optional()
                .orElse(null);
        if (row == null) {
            return null;
        }
        List<DeficitMark> marks = jdbc.sql(
                        "select deficit_id, source, level from mentee_deficit where profile_id = ? order by deficit_id")
                .param(id)
                .query((rs, n) -> new DeficitMark(
                        rs.getLong("deficit_id"), DeficitSource.valueOf(rs.getString("source")), rs.getInt("level")))
                .list();
        MenteeData d = row.data();
        return new Row(
                row.id(),
                row.personId(),
                row.organizationId(),
                row.organizationPath(),
                new MenteeData(
                        d.category(),
                        d.requestText(),
                        d.preferredFormat(),
                        d.consentOn(),
                        d.consentDocument(),
                        d.status(),
                        marks),
                row.statusSince(),
                row.confirmedYear(),
                row.version());
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String format = rs.getString("preferred_format");
        return new Row(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getLong("organization_id"),
                rs.getString("organization_path"),
                new MenteeData(
                        MenteeCategory.valueOf(rs.getString("category")),
                        rs.getString("request_text"),
                        format == null ? null : MentoringFormat.valueOf(format),
                        rs.getObject("consent_on", LocalDate.class),
                        rs.getString("consent_document"),
                        ProfileStatus.valueOf(rs.getString("status")),
                        List.of()),
                rs.getObject("status_since", LocalDate.class),
                rs.getObject("confirmed_year", Integer.class),
                rs.getLong("version"));
    }
}
