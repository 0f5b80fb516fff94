package org.nastavnik.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.data.domain.PageImpl;
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
    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final StructureService structure;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(
            Persons persons,
            Employments employments,
            JdbcClient jdbc,
            AccessPolicy policy,
            StructureService structure,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.persons = persons;
        this.employments = employments;
        this.jdbc = jdbc;
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
        PeopleFilter filter = PeopleFilter.of(query, scope);
        String from = filter.from();
        List<Object> params = filter.params();
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        String order = filter.order();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        LocalDate today = today();
        List<PersonRow> rows = jdbc.sql("select p.id, p.last_name, p.first_name, p.middle_name, p.email,"
                        + " e.organization_id,"
                        + " e.pedagogical_since, e.qualification, e.mentor_category_since,"
                        + " e.methodist_category_since,"
                        + " (select short_name from unit u where u.id = e.organization_id) as organization,"
                        + " (select name from position pos where pos.id = e.position_id) as position" + from
                        + " order by " + order + " limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> {
                    LocalDate since = rs.getObject("pedagogical_since", LocalDate.class);
                    String middle = rs.getString("middle_name");
                    String qualification = rs.getString("qualification");
                    return new PersonRow(
                            rs.getLong("id"),
                            rs.getString("last_name") + " " + rs.getString("first_name")
                                    + (middle == null ? "" : " " + middle),
                            rs.getString("organization"),
                            rs.getLong("organization_id"),
                            rs.getString("position"),
                            since == null
                                    ? null
                                    : Experience.since(since, today).years(),
                            qualification == null ? null : Qualification.valueOf(qualification),
                            rs.getObject("mentor_category_since") != null,
                            rs.getObject("methodist_category_since") != null,
                            rs.getString("email"));
                })
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** The person card, or 404 when the person is outside the caller's scope. */
    public PersonCard card(long id) {
        Person person = visible(id, Permission.READ);
        List<Employment> list = employments.findByPersonIdOrderByEndedOnDescIdAsc(id);
        Map<Long, UnitView> units =
                structure.byIds(list.stream().map(Employment::organizationId).toList());
        Map<Long, String> positions = names("position");
        Map<Long, String> subjects = names("subject");
        LocalDate today = today();
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
                            e.version());
                })
                .toList();
        List<String> paths = list.stream().map(Employment::organizationPath).toList();
        return new PersonCard(
                id,
                person.data(),
                person.anonymizedOn(),
                person.version(),
                views,
                consents(id),
                person.anonymizedOn() == null
                        && policy.scope(Permission.EDIT_PEOPLE).coversAny(paths),
                policy.scope(Permission.MANAGE_PERSONAL_DATA).coversAny(paths));
    }

    /** «Фамилия И. О.» regardless of scope, for labels such as the signed-in user's name. */
    public String shortName(long personId) {
        return persons.findById(personId).map(Person::shortName).orElse("");
    }

    public List<Reference> positions() {
        return references("position");
    }

    public List<Reference> subjects() {
        return references("subject");
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
        requireReferences(employment);
        Optional<DuplicatePersonException> duplicate = findDuplicate(data, null);
        if (duplicate.isPresent()) {
            throw duplicate.get();
        }
        Person person = persons.saveAndFlush(new Person(data));
        Employment saved = employments.save(new Employment(person.id(), organization.path(), employment));
        employments.flush();
        events.publishEvent(
                new ChangeRecorded("person", person.id(), organization.path(), "create", Map.of(), person.snapshot()));
        events.publishEvent(new ChangeRecorded(
                "employment", saved.id(), organization.path(), "create", Map.of(), saved.snapshot()));
        return person.id();
    }

    /** A person without employment (the first administrator); only the system or an administrator. */
    @Transactional
    public long createUnattached(PersonData data) {
        if (!policy.scope(Permission.EDIT_PEOPLE).everything()) {
            throw new ForbiddenException("create a person outside organizations");
        }
        requireRules(data, null);
        findDuplicate(data, null).ifPresent(duplicate -> {
            throw duplicate;
        });
        Person person = persons.saveAndFlush(new Person(data));
        events.publishEvent(new ChangeRecorded("person", person.id(), null, "create", Map.of(), person.snapshot()));
        return person.id();
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
        Person person = visible(personId, Permission.READ);
        UnitView organization = editableOrganization(data.organizationId());
        requireRules(person.data(), data);
        requireReferences(data);
        Employment saved = employments.saveAndFlush(new Employment(personId, organization.path(), data));
        events.publishEvent(new ChangeRecorded(
                "employment", saved.id(), organization.path(), "create", Map.of(), saved.snapshot()));
        return saved.id();
    }

    @Transactional
    public void updateEmployment(long personId, long employmentId, long expectedVersion, EmploymentData data) {
        Person person = visible(personId, Permission.READ);
        Employment employment = employments
                .findById(employmentId)
                .filter(e -> e.personId() == personId)
                .filter(e -> policy.scope(Permission.EDIT_PEOPLE).covers(e.organizationPath()))
                .orElseThrow(() -> new NotFoundException("employment", employmentId));
        if (employment.version() != expectedVersion) {
            throw new ConcurrentChangeException("employment", employmentId);
        }
        requireRules(person.data(), data);
        requireReferences(data);
        Map<String, Object> before = employment.snapshot();
        employment.apply(data);
        employments.flush();
        events.publishEvent(new ChangeRecorded(
                "employment", employmentId, employment.organizationPath(), "update", before, employment.snapshot()));
    }

    @Transactional
    public void endEmployment(long personId, long employmentId, LocalDate on) {
        Employment employment = employments
                .findById(employmentId)
                .filter(e -> e.personId() == personId)
                .filter(e -> policy.scope(Permission.EDIT_PEOPLE).covers(e.organizationPath()))
                .orElseThrow(() -> new NotFoundException("employment", employmentId));
        Map<String, Object> before = employment.snapshot();
        employment.end(on);
        events.publishEvent(new ChangeRecorded(
                "employment", employmentId, employment.organizationPath(), "end", before, employment.snapshot()));
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

    private boolean isVisible(long personId, Scope scope) {
        if (scope.everything() || (scope.selfPersonId() != null && scope.selfPersonId() == personId)) {
            return true;
        }
        return employments.findByPersonIdOrderByEndedOnDescIdAsc(personId).stream()
                .anyMatch(e -> scope.covers(e.organizationPath()));
    }

    private String unitPath(long personId) {
        return employments.findByPersonIdOrderByEndedOnDescIdAsc(personId).stream()
                .map(Employment::organizationPath)
                .findFirst()
                .orElse(null);
    }

    private UnitView editableOrganization(long organizationId) {
        UnitView organization = structure
                .find(organizationId)
                .filter(u -> u.level() == UnitLevel.ORGANIZATION && !u.archived())
                .filter(u -> policy.scope(Permission.EDIT_PEOPLE).covers(u.path()))
                .orElseThrow(() -> new FieldProblem("organizationId", "employment.organization.notAllowed"));
        return organization;
    }

    private void requireRules(PersonData data, EmploymentData employment) {
        List<Violation> violations = PersonRules.check(data, employment, today());
        if (!violations.isEmpty()) {
            throw new FieldProblem(violations.get(0).field(), violations.get(0).code());
        }
    }

    private void requireReferences(EmploymentData data) {
        if (!names("position").containsKey(data.positionId())) {
            throw new FieldProblem("positionId", "employment.position.unknown");
        }
        Map<Long, String> subjects = names("subject");
        if (!data.subjectIds().stream().allMatch(subjects::containsKey)) {
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

    private Map<Long, String> names(String table) {
        Map<Long, String> names = new HashMap<>();
        references(table).forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    private List<Reference> references(String table) {
        if (!Arrays.asList("position", "subject").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("select id, name from " + table + " where not archived order by name")
                .query(Reference.class)
                .list();
    }
}
