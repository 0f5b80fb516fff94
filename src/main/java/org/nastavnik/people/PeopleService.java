package org.nastavnik.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.Experience;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.nastavnik.structure.StaffCounts;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People within the caller's scope: a person is visible when one of their employments (current
 * or past) lies in a unit the caller may read, or when it is the caller themself.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService implements StaffCounts {

    private final Persons persons;
    private final Employments employments;
    private final ParticipantViews participants;
    private final PeopleSearch search;
    private final JdbcClient jdbc;
    private final ReferenceLists lists;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(
            Persons persons,
            Employments employments,
            ParticipantViews participants,
            PeopleSearch search,
            JdbcClient jdbc,
            ReferenceLists lists,
            AccessPolicy policy,
            StructureService structure,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.persons = persons;
        this.employments = employments;
        this.participants = participants;
        this.search = search;
        this.jdbc = jdbc;
        this.lists = lists;
        this.policy = policy;
        this.structure = structure;
        this.events = events;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The people list: filtered, sorted in Russian alphabetical order, one page. */
    public Page<PersonRow> search(PeopleQuery query, Pageable page) {
        Scope scope = policy.scope(Permission.READ);
        if (scope.isEmpty()) {
            throw new ForbiddenException("read people");
        }
        return search.search(query, page, scope, today());
    }

    /** The person card, or 404 when the person is outside the caller's scope. */
    public PersonCard card(long id) {
        List<String> paths = paths(id);
        Scope readable = policy.scope(Permission.READ);
        Person person = persons.findById(id)
                .filter(p -> isVisible(id, readable, paths))
                .orElseThrow(() -> new NotFoundException("person", id));
        List<Employment> list = employments.findByPersonIdOrderByEndedOnDescIdAsc(id);
        Map<Long, UnitView> units =
                structure.byIds(list.stream().map(Employment::organizationId).toList());
        Map<Long, String> positions = names(ReferenceLists.Kind.POSITIONS);
        Map<Long, String> subjects = names(ReferenceLists.Kind.SUBJECTS);
        LocalDate today = today();
        Scope editable = policy.scope(Permission.EDIT_PEOPLE);
        boolean active = person.anonymizedOn() == null;
        List<EmploymentView> views = list.stream()
                .map(e -> {
                    EmploymentData data = e.data();
                    return new EmploymentView(
                            e.id(),
                            e.organizationId(),
                            units.get(e.organizationId()).shortName(),
                            data.positionId(),
                            positions.get(data.positionId()),
                            data.subjectIds().stream().map(subjects::get).toList(),
                            data,
                            Experience.since(data.pedagogicalSince(), today),
                            Experience.since(data.organizationSince(), today),
                            e.endedOn(),
                            e.version(),
                            active && e.endedOn() == null && editable.covers(e.organizationPath()));
                })
                .toList();
        return new PersonCard(
                id,
                person.data(),
                person.anonymizedOn(),
                person.version(),
                views,
                participants.of(id, active ? editable : Scope.NOTHING),
                consents(id),
                active && editable.coversAny(paths),
                policy.scope(Permission.MANAGE_PERSONAL_DATA).coversAny(paths),
                active && !editable.isEmpty());
    }

    /** «Фамилия И. О.» regardless of scope, for labels such as the signed-in user's name. */
    public String shortName(long personId) {
        return persons.findById(personId).map(Person::shortName).orElse("");
    }

    public List<Reference> positions() {
        return references(ReferenceLists.Kind.POSITIONS);
    }

    public List<Reference> subjects() {
        return references(ReferenceLists.Kind.SUBJECTS);
    }

    /** Every position's name, archived ones too: for labels of what records already point at. */
    public Map<Long, String> positionNames() {
        return names(ReferenceLists.Kind.POSITIONS);
    }

    /** Every subject's name, archived ones too: for labels of what records already point at. */
    public Map<Long, String> subjectNames() {
        return names(ReferenceLists.Kind.SUBJECTS);
    }

    /** Organizations whose staff the caller may see, for the list filter. */
    public List<UnitView> readableOrganizations() {
        return structure.organizations(Permission.READ);
    }

    /** Organizations where the caller may add or change staff. */
    public List<UnitView> editableOrganizations() {
        return structure.organizations(Permission.EDIT_PEOPLE);
    }

    /**
     * Creates a person with their first employment. Refuses a duplicate (same СНИЛС, e-mail, or
     * full name and birth date) with {@link DuplicatePersonException}.
     */
    @Transactional
    public long create(PersonData data, EmploymentData employment) {
        UnitView organization = editableOrganization(employment.organizationId());
        requireRules(data, employment);
        requireReferences(employment, null);
        Person person = register(data, organization.path());
        Employment saved = employments.save(new Employment(person.id(), organization.path(), employment));
        employments.flush();
        events.publishEvent(new ChangeRecorded(
                "employment", saved.id(), organization.path(), "create", Map.of(), saved.snapshot()));
        return person.id();
    }

    /** Saves a new person who is not a duplicate; their first record in the unit follows. */
    Person register(PersonData data, String unitPath) {
        Optional<DuplicatePersonException> duplicate = findDuplicate(data, null);
        if (duplicate.isPresent()) {
            throw duplicate.get();
        }
        Person person = persons.saveAndFlush(new Person(data));
        events.publishEvent(new ChangeRecorded("person", person.id(), unitPath, "create", Map.of(), person.snapshot()));
        return person;
    }

    /** A person without employment (the first administrator); only the system or an administrator. */
    @Transactional
    public long createUnattached(PersonData data) {
        if (!policy.scope(Permission.EDIT_PEOPLE).everything()) {
            throw new ForbiddenException("create a person outside organizations");
        }
        requireRules(data, null);
        return register(data, null).id();
    }

    @Transactional
    public void update(long id, long expectedVersion, PersonData data) {
        Person person = visible(id, Permission.EDIT_PEOPLE);
        if (person.version() != expectedVersion) {
            throw new ConcurrentChangeException("person", id);
        }
        if (person.anonymizedOn() != null) {
            throw new ForbiddenException("change an anonymized person");
        }
        requireRules(data, null);
        for (Employment e : employments.findByPersonIdOrderByEndedOnDescIdAsc(id)) {
            requireRules(data, e.data());
        }
        Optional<DuplicatePersonException> duplicate = findDuplicate(data, id);
        if (duplicate.isPresent()) {
            throw duplicate.get();
        }
        Map<String, Object> before = person.snapshot();
        person.apply(data);
        persons.flush();
        events.publishEvent(new ChangeRecorded("person", id, unitPath(id), "update", before, person.snapshot()));
    }

    @Transactional
    public long addEmployment(long personId, EmploymentData data) {
        Person person = changeable(personId);
        UnitView organization = editableOrganization(data.organizationId());
        requireRules(person.data(), data);
        requireReferences(data, null);
        Employment saved = employments.saveAndFlush(new Employment(personId, organization.path(), data));
        events.publishEvent(new ChangeRecorded(
                "employment", saved.id(), organization.path(), "create", Map.of(), saved.snapshot()));
        return saved.id();
    }

    @Transactional
    public void updateEmployment(long personId, long employmentId, long expectedVersion, EmploymentData data) {
        Person person = changeable(personId);
        Employment employment = editableEmployment(personId, employmentId);
        if (employment.version() != expectedVersion) {
            throw new ConcurrentChangeException("employment", employmentId);
        }
        if (data.organizationId() != employment.organizationId()) {
            throw new FieldProblem("organizationId", "employment.organization.fixed");
        }
        requireRules(person.data(), data);
        requireReferences(data, employment.data());
        Map<String, Object> before = employment.snapshot();
        employment.apply(data);
        employments.flush();
        events.publishEvent(new ChangeRecorded(
                "employment", employmentId, employment.organizationPath(), "update", before, employment.snapshot()));
    }

    @Transactional
    public void endEmployment(long personId, long employmentId, LocalDate on) {
        changeable(personId);
        Employment employment = editableEmployment(personId, employmentId);
        if (employment.endedOn() != null) {
            throw new FieldProblem("endedOn", "employment.end.already");
        }
        PersonRules.checkEnd(employment.data(), on, today()).stream()
                .findFirst()
                .ifPresent(v -> {
                    throw new FieldProblem(v.field(), v.code());
                });
        Map<String, Object> before = employment.snapshot();
        employment.end(on);
        employments.flush();
        events.publishEvent(new ChangeRecorded(
                "employment", employmentId, employment.organizationPath(), "end", before, employment.snapshot()));
    }

    /** The person if the caller has the permission over them, for other modules' checks; else 404. */
    public PersonLabel label(long id, Permission permission) {
        Person person = visible(id, permission);
        return new PersonLabel(id, person.data().fullName(), unitPath(id));
    }

    /** Full names by id regardless of scope, for records the caller already may see (e.g. roles). */
    public Map<Long, String> fullNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        persons.findAllById(ids).forEach(p -> names.put(p.id(), p.data().fullName()));
        return names;
    }

    /**
     * «Фамилия И. О.» of those of the people the caller may see; the others are left out: an import
     * tells a curator that a СНИЛС is taken, not by whom in an organization out of their sight.
     */
    Map<Long, String> visibleShortNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Scope scope = policy.scope(Permission.READ);
        Long[] array = ids.stream().distinct().toArray(Long[]::new);
        Set<Long> covered = new HashSet<>();
        jdbc.sql("select person_id, organization_path from employment where person_id = any(?)"
                        + " union all select person_id, organization_path from participant where person_id = any(?)")
                .params(array, array)
                .query(rs -> {
                    if (scope.covers(rs.getString(2))) {
                        covered.add(rs.getLong(1));
                    }
                });
        persons.findAllById(ids).forEach(p -> {
            if (covered.contains(p.id()) || visibleWithoutPaths(p.id(), scope)) {
                names.put(p.id(), p.shortName());
            }
        });
        return names;
    }

    /** Staff per organization (people with a current employment), for the hierarchy page. */
    @Override
    public Map<Long, Long> byOrganization() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select organization_id, count(distinct person_id) from employment where ended_on is null"
                        + " group by organization_id")
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    Optional<DuplicatePersonException> findDuplicate(PersonData data, Long except) {
        Scope scope = policy.scope(Permission.READ);
        List<Optional<Person>> candidates = List.of(
                data.snils() == null ? Optional.empty() : persons.findFirstBySnils(data.snils()),
                data.email() == null ? Optional.empty() : persons.findFirstByEmail(data.email()),
                data.birthDate() == null
                        ? Optional.empty()
                        : persons.findFirstBySortKeyAndBirthDate(Person.searchText(data), data.birthDate()));
        String[] fields = {"snils", "email", "lastName"};
        for (int i = 0; i < fields.length; i++) {
            Optional<Person> found = candidates.get(i).filter(p -> !p.id().equals(except));
            if (found.isPresent()) {
                long id = found.get().id();
                return Optional.of(new DuplicatePersonException(id, fields[i], isVisible(id, scope)));
            }
        }
        return Optional.empty();
    }

    Person visible(long id, Permission permission) {
        Scope scope = policy.scope(permission);
        return persons.findById(id)
                .filter(p -> isVisible(id, scope))
                .orElseThrow(() -> new NotFoundException("person", id));
    }

    /** Visible through any employment or participation, current or past, in scope (or as oneself). */
    private boolean isVisible(long personId, Scope scope) {
        return visibleWithoutPaths(personId, scope) || isVisible(personId, scope, paths(personId));
    }

    private static boolean isVisible(long personId, Scope scope, List<String> paths) {
        return visibleWithoutPaths(personId, scope) || paths.stream().anyMatch(scope::covers);
    }

    private static boolean visibleWithoutPaths(long personId, Scope scope) {
        return scope.everything() || (scope.selfPersonId() != null && scope.selfPersonId() == personId);
    }

    /**
     * The paths of the units a person belongs to: employments first, current before ended, then
     * participations.
     */
    List<String> paths(long personId) {
        return jdbc.sql("select organization_path from (select organization_path, 0 as source, ended_on, id"
                        + " from employment where person_id = ? union all select organization_path, 1, ended_on, id"
                        + " from participant where person_id = ?) r order by source, ended_on desc, id")
                .params(personId, personId)
                .query(String.class)
                .list();
    }

    /** A visible person whose records the caller may change: refuses an anonymized one. */
    Person changeable(long personId) {
        Person person = visible(personId, Permission.READ);
        if (person.anonymizedOn() != null) {
            throw new ForbiddenException("change an anonymized person");
        }
        return person;
    }

    private Employment editableEmployment(long personId, long employmentId) {
        return employments
                .findById(employmentId)
                .filter(e -> e.of(personId, policy.scope(Permission.EDIT_PEOPLE)))
                .orElseThrow(() -> new NotFoundException("employment", employmentId));
    }

    /** The unit an audit record about the person belongs to. */
    String unitPath(long personId) {
        return paths(personId).stream().findFirst().orElse(null);
    }

    UnitView editableOrganization(long organizationId) {
        UnitView organization = structure
                .find(organizationId)
                .filter(u -> u.level() == UnitLevel.ORGANIZATION && !u.archived())
                .filter(u -> policy.scope(Permission.EDIT_PEOPLE).covers(u.path()))
                .orElseThrow(() -> new FieldProblem("organizationId", "employment.organization.notAllowed"));
        return organization;
    }

    private void requireRules(PersonData data, EmploymentData employment) {
        FieldProblem.requireNone(PersonRules.check(data, employment, today()));
    }

    /**
     * Positions and subjects from the current lists; an archived one only where the employment
     * already has it ({@code before}, null for a new employment).
     */
    private void requireReferences(EmploymentData data, EmploymentData before) {
        boolean positionKept = before != null && before.positionId() == data.positionId();
        if (!positionKept
                && references(ReferenceLists.Kind.POSITIONS).stream().noneMatch(r -> r.id() == data.positionId())) {
            throw new FieldProblem("positionId", "employment.position.unknown");
        }
        java.util.Set<Long> subjects = new java.util.HashSet<>();
        references(ReferenceLists.Kind.SUBJECTS).forEach(r -> subjects.add(r.id()));
        if (before != null) {
            subjects.addAll(before.subjectIds());
        }
        if (!subjects.containsAll(data.subjectIds())) {
            throw new FieldProblem("subjectIds", "employment.subjects.unknown");
        }
    }

    private List<ConsentView> consents(long personId) {
        return jdbc.sql("select id, purpose, given_on, basis_document, withdrawn_on from consent"
                        + " where person_id = ? order by given_on desc, id desc")
                .param(personId)
                .query(ConsentView.class)
                .list();
    }

    /** Every entry's name, archived ones too: what records already point at keeps its name. */
    private Map<Long, String> names(ReferenceLists.Kind kind) {
        Map<Long, String> names = new HashMap<>();
        lists.all(kind).forEach(e -> names.put(e.id(), e.name()));
        return names;
    }

    /** The entries that may be chosen now. */
    private List<Reference> references(ReferenceLists.Kind kind) {
        return lists.all(kind).stream()
                .filter(e -> !e.archived())
                .sorted(java.util.Comparator.comparing(ReferenceLists.Entry::name))
                .map(e -> new Reference(e.id(), e.name()))
                .toList();
    }
}
