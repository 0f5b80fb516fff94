package org.nastavnik.bank;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nastavnik.bank.MentorProfile.Achievement;
import org.nastavnik.bank.MentorProfile.Contest;
import org.nastavnik.bank.MentorProfile.Named;
import org.nastavnik.bank.MentorProfile.Training;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.Violation;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonCard;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentor profiles: created for a person in an organization where they work, changed by whoever
 * keeps that organization's people, confirmed once a year, nominated to the municipal contest.
 */
@Service
@Transactional(readOnly = true)
public class MentorService {

    private static final String ENTITY = "mentor_profile";

    private final JdbcClient jdbc;
    private final ProfilePeople persons;
    private final BankReferences references;
    private final PeopleService people;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final ObjectProvider<Pairings> loads;
    private final BankSettingsService settings;
    private final ApplicationEventPublisher events;
    private final ProfileRecords<Row> records;

    MentorService(
            JdbcClient jdbc,
            ProfilePeople persons,
            BankReferences references,
            PeopleService people,
            AccessPolicy policy,
            StructureService structure,
            ObjectProvider<Pairings> loads,
            BankSettingsService settings,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.references = references;
        this.people = people;
        this.policy = policy;
        this.structure = structure;
        this.loads = loads;
        this.settings = settings;
        this.events = events;
        this.records = new ProfileRecords<>(ENTITY, this::find, jdbc, persons, people, events);
    }

    /** A stored profile row: what the checks and the page need. */
    private record Row(
            long id,
            long personId,
            long organizationId,
            String organizationPath,
            MentorData data,
            LocalDate statusSince,
            Integer confirmedYear,
            Contest contest,
            Contest regional,
            long version)
            implements ProfileRecords.Stored {

        Contest stage(ContestLevel level) {
            return level == ContestLevel.MUNICIPAL ? contest : regional;
        }

        @Override
        public Map<String, Object> snapshot() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("competencyIds", data.competencyIds());
            values.put("competencyNote", data.competencyNote());
            values.put("subjectIds", data.subjectIds());
            values.put("capacity", data.capacity());
            values.put("networkAvailable", data.networkAvailable());
            values.put("formats", data.formats().stream().sorted().toList());
            values.put("consentOn", data.consentOn());
            values.put("consentDocument", data.consentDocument());
            values.put("status", data.status());
            values.put("confirmedYear", confirmedYear);
            values.put("contestStatus", contest.status());
            values.put("regionStatus", regional.status());
            return values;
        }
    }

    /**
     * The defaults of a new profile: the subjects the person teaches there and the capacity the
     * municipality sets.
     */
    public MentorData blank(PersonCard person, UnitView organization) {
        List<Long> taught = person.employments().stream()
                .filter(e -> e.active() && e.organizationId() == organization.id())
                .flatMap(e -> e.data().subjectIds().stream())
                .distinct()
                .toList();
        return new MentorData(
                List.of(),
                null,
                taught,
                settings.covering(organization.path()).defaultCapacity(),
                false,
                EnumSet.of(MentoringFormat.IN_PERSON),
                null,
                null,
                ProfileStatus.ACTIVE);
    }

    @Transactional
    public long create(long personId, Long organizationId, MentorData data) {
        PersonCard person = persons.card(personId);
        UnitView organization = persons.organizationFor(person, organizationId);
        if (profileOf(personId, organization.id()) != null) {
            throw new FieldProblem("organizationId", "bank.mentor.exists");
        }
        FieldProblem.requireNone(check(data, List.of(), List.of(), 0));
        long id = records.nextId();
        jdbc.sql("insert into mentor_profile (id, person_id, organization_id, organization_path, competency_ids,"
                        + " competency_note, subject_ids, capacity, network_available, formats, consent_on,"
                        + " consent_document, status, status_since, confirmed_year)"
                        + " values (?, ?, ?, ?, ?::bigint[], ?, ?::bigint[], ?, ?, ?::varchar[], ?, ?, ?, ?, ?)")
                .params(
                        id,
                        personId,
                        organization.id(),
                        organization.path(),
                        data.competencyIds().toArray(Long[]::new),
                        data.competencyNote(),
                        data.subjectIds().toArray(Long[]::new),
                        data.capacity(),
                        data.networkAvailable(),
                        formats(data.formats()),
                        data.consentOn(),
                        data.consentDocument(),
                        data.status().name(),
                        people.today(),
                        records.currentYear())
                .update();
        records.created(id);
        return id;
    }

    @Transactional
    public void update(long id, long expectedVersion, MentorData data) {
        Row before = records.editable(id);
        if (before.version() != expectedVersion) {
            throw new ConcurrentChangeException(ENTITY, id);
        }
        int load = load(id);
        FieldProblem.requireNone(
                check(data, before.data().competencyIds(), before.data().subjectIds(), load));
        LocalDate statusSince = data.status() == before.data().status() ? before.statusSince() : people.today();
        int changed = jdbc.sql("update mentor_profile set competency_ids = ?::bigint[], competency_note = ?,"
                        + " subject_ids = ?::bigint[], capacity = ?, network_available = ?, formats = ?::varchar[],"
                        + " consent_on = ?, consent_document = ?, status = ?, status_since = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(
                        data.competencyIds().toArray(Long[]::new),
                        data.competencyNote(),
                        data.subjectIds().toArray(Long[]::new),
                        data.capacity(),
                        data.networkAvailable(),
                        formats(data.formats()),
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
        records.changed(before, "update");
    }

    /** The profile's page; 404 outside the caller's scope. */
    public MentorProfile get(long id) {
        Row row = records.visible(id);
        PersonCard person = persons.card(row.personId());
        Map<Long, Named> awardTypes = references.catalog(CatalogKind.AWARD_TYPE);
        Map<Long, Named> levels = references.catalog(CatalogKind.ACHIEVEMENT_LEVEL);
        List<Achievement> achievements = jdbc.sql(
                        "select id, award_type_id, title, year, level_id from mentor_achievement"
                                + " where profile_id = ? order by year desc, id")
                .param(id)
                .query((rs, n) -> new Achievement(
                        rs.getLong("id"),
                        rs.getLong("award_type_id"),
                        awardTypes.get(rs.getLong("award_type_id")).name(),
                        rs.getString("title"),
                        rs.getInt("year"),
                        rs.getLong("level_id"),
                        levels.get(rs.getLong("level_id")).name()))
                .list();
        List<Training> trainings = jdbc.sql("select id, course, hours, completed_on, certificate from mentor_training"
                        + " where profile_id = ? order by completed_on desc, id")
                .param(id)
                .query((rs, n) -> new Training(
                        rs.getLong("id"),
                        rs.getString("course"),
                        rs.getInt("hours"),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getString("certificate")))
                .list();
        UnitView organization = structure.byIds(List.of(row.organizationId())).get(row.organizationId());
        return new MentorProfile(
                id,
                row.personId(),
                person.displayName(),
                row.organizationId(),
                organization.shortName(),
                row.data(),
                BankReferences.names(
                        references.catalog(CatalogKind.COMPETENCY), row.data().competencyIds()),
                BankReferences.names(references.subjects(), row.data().subjectIds()),
                row.statusSince(),
                row.confirmedYear(),
                row.contest(),
                row.regional(),
                achievements,
                trainings,
                persons.facts(person, row.organizationId()),
                load(id),
                row.version(),
                row.confirmedYear() != null && row.confirmedYear() == records.currentYear(),
                persons.mayEdit(row.organizationPath()),
                mayDecide(row.organizationPath()),
                mayDecide(regionPath(row.organizationPath())));
    }

    /**
     * Marks the profiles confirmed in the current academic year, all or none: a profile the caller
     * may not see or change refuses the whole request. Returns how many were confirmed now.
     */
    @Transactional
    public int confirm(Collection<Long> ids) {
        return records.confirm(ids);
    }

    @Transactional
    public long addAchievement(long profileId, AchievementData data) {
        Row profile = records.editable(profileId);
        FieldProblem.requireNone(BankRules.checkAchievement(
                data,
                BankReferences.allowed(references.catalog(CatalogKind.AWARD_TYPE), List.of()),
                BankReferences.allowed(references.catalog(CatalogKind.ACHIEVEMENT_LEVEL), List.of()),
                people.today()));
        long id = records.nextId();
        jdbc.sql("insert into mentor_achievement (id, profile_id, award_type_id, title, year, level_id)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, profileId, data.awardTypeId(), data.title(), data.year(), data.levelId())
                .update();
        events.publishEvent(new ChangeRecorded(
                "mentor_achievement",
                id,
                profile.organizationPath(),
                "create",
                Map.of(),
                Map.of("profileId", profileId, "title", data.title(), "year", data.year())));
        return id;
    }

    @Transactional
    public long addTraining(long profileId, TrainingData data) {
        Row profile = records.editable(profileId);
        FieldProblem.requireNone(BankRules.checkTraining(data, people.today()));
        long id = records.nextId();
        jdbc.sql("insert into mentor_training (id, profile_id, course, hours, completed_on, certificate)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, profileId, data.course(), data.hours(), data.completedOn(), data.certificate())
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("profileId", profileId);
        after.put("course", data.course());
        after.put("hours", data.hours());
        after.put("completedOn", data.completedOn());
        events.publishEvent(
                new ChangeRecorded("mentor_training", id, profile.organizationPath(), "create", Map.of(), after));
        return id;
    }

    /** Removes an achievement or a training entered by mistake. */
    @Transactional
    public void remove(long profileId, String what, long id) {
        Row profile = records.editable(profileId);
        String table =
                switch (what) {
                    case "achievement" -> "mentor_achievement";
                    case "training" -> "mentor_training";
                    default -> throw new NotFoundException(what, id);
                };
        if (jdbc.sql("delete from " + table + " where id = ? and profile_id = ?")
                        .params(id, profileId)
                        .update()
                == 0) {
            throw new NotFoundException(what, id);
        }
        events.publishEvent(new ChangeRecorded(
                table, id, profile.organizationPath(), "delete", Map.of("profileId", profileId), Map.of()));
    }

    /**
     * Nominates an active mentor to a stage of the contest: the organization to the municipal one;
     * the municipality (whoever decides its contest) a mentor of its municipal bank to the region.
     */
    @Transactional
    public void nominate(long id, ContestLevel level) {
        Row before = level == ContestLevel.MUNICIPAL ? records.editable(id) : records.visible(id);
        if (level == ContestLevel.REGION && !mayDecide(before.organizationPath())) {
            throw new ForbiddenException("nominate to the region");
        }
        String field = level == ContestLevel.MUNICIPAL ? "contest" : "region";
        if (before.data().status() != ProfileStatus.ACTIVE) {
            throw new FieldProblem(field, "bank.contest.notActive");
        }
        if (level == ContestLevel.REGION && before.contest().status() != ContestStatus.SELECTED) {
            throw new FieldProblem(field, "bank.contest.region.notSelected");
        }
        if (before.stage(level).pending()) {
            throw new FieldProblem(field, "bank.contest.already");
        }
        jdbc.sql("update mentor_profile set " + level.status + " = 'NOMINATED', " + level.nominatedOn + " = ?, "
                        + level.protocol + " = null, " + level.decidedOn + " = null, " + level.comment
                        + " = null, version = version + 1 where id = ?")
                .params(people.today(), id)
                .update();
        records.changed(before, level == ContestLevel.MUNICIPAL ? "nominate" : "nominateRegion");
    }

    /**
     * Records a commission's decision on a nominee: the municipal coordinator's for the municipal
     * bank, the regional operator's for the regional one. A mentor nominated to or selected by the
     * region stays in the municipal bank: that decision is not reversed under the region's.
     */
    @Transactional
    public void decide(long id, ContestLevel level, ContestDecision decision) {
        Row before = records.visible(id);
        String deciding =
                level == ContestLevel.MUNICIPAL ? before.organizationPath() : regionPath(before.organizationPath());
        if (!mayDecide(deciding)) {
            throw new ForbiddenException("decide the contest");
        }
        Contest stage = before.stage(level);
        if (stage.status() == ContestStatus.NONE) {
            throw new FieldProblem("selected", "bank.contest.notNominated");
        }
        FieldProblem.requireNone(BankRules.checkDecision(decision, stage.nominatedOn(), people.today()));
        if (level == ContestLevel.MUNICIPAL
                && !decision.selected()
                && before.regional().pending()) {
            throw new FieldProblem("selected", "bank.contest.region.holds");
        }
        jdbc.sql("update mentor_profile set " + level.status + " = ?, " + level.protocol + " = ?, " + level.decidedOn
                        + " = ?, " + level.comment + " = ?, version = version + 1 where id = ?")
                .params(
                        decision.selected() ? "SELECTED" : "REJECTED",
                        decision.protocol(),
                        decision.decidedOn(),
                        decision.comment(),
                        id)
                .update();
        records.changed(before, level == ContestLevel.MUNICIPAL ? "decide" : "decideRegion");
    }

    private boolean mayDecide(String path) {
        return policy.scope(Permission.DECIDE_CONTEST).covers(path);
    }

    /** The path of the region a unit lies in: the first unit of its path. */
    static String regionPath(String path) {
        int end = path.indexOf('/', 1);
        return end < 0 ? path : path.substring(0, end + 1);
    }

    /** What is wrong with the data for a new profile (id null) or the existing one, all at once. */
    public List<Violation> problems(Long id, MentorData data) {
        if (id == null) {
            return check(data, List.of(), List.of(), 0);
        }
        Row row = records.visible(id);
        return check(data, row.data().competencyIds(), row.data().subjectIds(), load(id));
    }

    private List<Violation> check(MentorData data, List<Long> competencies, List<Long> subjects, int load) {
        return BankRules.checkMentor(
                data,
                BankReferences.allowed(references.catalog(CatalogKind.COMPETENCY), competencies),
                BankReferences.allowed(references.subjects(), subjects),
                load,
                people.today());
    }

    private int load(long id) {
        Pairings source = loads.getIfAvailable();
        return source == null ? 0 : source.loads(List.of(id)).getOrDefault(id, 0);
    }

    private Long profileOf(long personId, long organizationId) {
        return jdbc.sql("select id from mentor_profile where person_id = ? and organization_id = ?")
                .params(personId, organizationId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private Row find(long id) {
        return jdbc.sql("select * from mentor_profile where id = ?")
                .param(id)
                .query(MentorService::map)
                .optional()
                .orElse(null);
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        MentorData data = new MentorData(
                longs(rs.getArray("competency_ids")),
                rs.getString("competency_note"),
                longs(rs.getArray("subject_ids")),
                rs.getInt("capacity"),
                rs.getBoolean("network_available"),
                Arrays.stream((Object[]) rs.getArray("formats").getArray())
                        .map(f -> MentoringFormat.valueOf((String) f))
                        .collect(Collectors.toSet()),
                rs.getObject("consent_on", LocalDate.class),
                rs.getString("consent_document"),
                ProfileStatus.valueOf(rs.getString("status")));
        return new Row(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getLong("organization_id"),
                rs.getString("organization_path"),
                data,
                rs.getObject("status_since", LocalDate.class),
                rs.getObject("confirmed_year", Integer.class),
                contest(rs, ContestLevel.MUNICIPAL),
                contest(rs, ContestLevel.REGION),
                rs.getLong("version"));
    }

    private static Contest contest(ResultSet rs, ContestLevel level) throws SQLException {
        return new Contest(
                ContestStatus.valueOf(rs.getString(level.status)),
                rs.getObject(level.nominatedOn, LocalDate.class),
                rs.getString(level.protocol),
                rs.getObject(level.decidedOn, LocalDate.class),
                rs.getString(level.comment));
    }

    static List<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(o -> ((Number) o).longValue())
                .toList();
    }

    private static String[] formats(Set<MentoringFormat> formats) {
        return formats.stream().sorted().map(Enum::name).toArray(String[]::new);
    }
}
