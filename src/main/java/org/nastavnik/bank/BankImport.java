package org.nastavnik.bank;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nastavnik.bank.BankImportWrites.Write;
import org.nastavnik.bank.BankSearch.Bank;
import org.nastavnik.bank.BankSheet.Line;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.common.AcademicYear;
import org.nastavnik.common.ChangeRecorded;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.NotFoundException;
import org.nastavnik.common.Violation;
import org.nastavnik.common.imports.ImportProblem;
import org.nastavnik.common.imports.ImportProblems;
import org.nastavnik.common.imports.ImportResult;
import org.nastavnik.common.imports.Uploads;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonIdentities;
import org.nastavnik.people.PersonIdentities.Match;
import org.nastavnik.people.PersonIdentities.Outcome;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitType;
import org.nastavnik.structure.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a bank of mentors or mentees (.xlsx of {@link BankTemplate}) into an organization, or
 * into the organizations of a municipality or the region, all or nothing. Each row names a person
 * already known to the system (by СНИЛС, e-mail, or full name with birth date) who works or learns
 * in the row's organization now; the row creates their profile there, or replaces the one they
 * have. Every row passes the rules of the profile form; a single problem anywhere saves nothing
 * and the report lists them all. Imported profiles count as confirmed in the current academic year.
 */
@Service
public class BankImport {

    private static final Logger log = LoggerFactory.getLogger(BankImport.class);

    private final JdbcClient jdbc;
    private final BankImportWrites writes;
    private final BankReferences references;
    private final CatalogDeficits deficits;
    private final PersonIdentities identities;
    private final PeopleService people;
    private final StructureService structure;
    private final BankSettingsService settings;
    private final SameField sameField;
    private final ObjectProvider<Pairings> loads;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    BankImport(
            JdbcClient jdbc,
            BankImportWrites writes,
            BankReferences references,
            CatalogDeficits deficits,
            PersonIdentities identities,
            PeopleService people,
            StructureService structure,
            BankSettingsService settings,
            SameField sameField,
            ObjectProvider<Pairings> loads,
            MessageSource messages,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.references = references;
        this.deficits = deficits;
        this.identities = identities;
        this.people = people;
        this.structure = structure;
        this.settings = settings;
        this.sameField = sameField;
        this.loads = loads;
        this.messages = messages;
        this.transactions = transactions;
        this.events = events;
    }

    /** The units the caller may import a bank into: organizations, municipalities, the region. */
    public List<UnitView> units() {
        return structure.units(Permission.EDIT_PEOPLE, null).stream()
                .filter(u -> u.type() != UnitType.PARTNER)
                .toList();
    }

    /** The unit, if the caller may import into it; otherwise 404. */
    public UnitView unit(long unitId) {
        return units().stream()
                .filter(u -> u.id() == unitId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    /** The empty template of the bank, with the current reference lists. */
    public void writeTemplate(Bank bank, OutputStream out) throws IOException {
        new BankTemplate(bank, vocabulary(), messages)
                .write(out, references.active(CatalogKind.COMPETENCY), people.subjects(), deficits.activeByArea());
    }

    /**
     * Reads the file and saves every row's profile, or none.
     *
     * @param bothRoles the caller knows some mentees are active mentors too, and imports them anyway
     */
    public ImportResult importFrom(Bank bank, long unitId, boolean bothRoles, String fileName, byte[] bytes) {
        long started = System.nanoTime();
        UnitView unit = unit(unitId);
        ImportProblems problems = new ImportProblems(Uploads.MAX_REPORTED_PROBLEMS);
        Uploads.refusal(bytes).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return result(0, 0, 0, problems, started);
        }
        BankVocabulary words = vocabulary();
        List<Line> lines = new BankSheet(bank, words, problems).read(bytes);
        long read = System.nanoTime();
        long[] checked = {read};
        ImportResult result;
        try {
            result = transactions.execute(status -> {
                Check check = new Check(bank, unit, words, problems);
                check.run(lines, bothRoles);
                checked[0] = System.nanoTime();
                if (!problems.isEmpty()) {
                    status.setRollbackOnly();
                    return result(lines.size(), 0, 0, problems, started);
                }
                int updated = check.save();
                events.publishEvent(new ChangeRecorded(
                        "bank_import",
                        unit.id(),
                        unit.path(),
                        "import",
                        Map.of(),
                        audit(bank, fileName, bytes, lines, updated)));
                return result(lines.size(), lines.size(), updated, problems, started);
            });
        } catch (ConcurrentChangeException | DataIntegrityViolationException concurrent) {
            problems.add(ImportProblem.ofFile("bank.import.changedMeanwhile"));
            result = result(lines.size(), 0, 0, problems, started);
        }
        log.info(
                "Bank import ({}) into unit {}: {} rows, {} saved ({} updated), {} problems in {} ms"
                        + " (file read {} ms, people matched and rules checked {} ms, saved {} ms)",
                bank,
                unitId,
                result.rows(),
                result.saved(),
                result.updated(),
                result.problemCount(),
                result.took().toMillis(),
                (read - started) / 1_000_000,
                (checked[0] - read) / 1_000_000,
                result.saved() == 0 ? 0 : (System.nanoTime() - checked[0]) / 1_000_000);
        return result;
    }

    private BankVocabulary vocabulary() {
        return new BankVocabulary(
                messages, references.subjects(), references.catalog(CatalogKind.COMPETENCY), deficits.all());
    }

    /** A stored profile the import replaces. */
    private record Stored(long id, long version, List<Long> references, List<Long> subjects) {}

    /** The checks of one import, row by row and across rows, and then its writes. */
    private final class Check {

        private final Bank bank;
        private final UnitView unit;
        private final BankVocabulary words;
        private final ImportProblems problems;
        private final LocalDate today = people.today();
        private final List<Write<MentorData>> mentors = new ArrayList<>();
        private final List<Write<MenteeData>> mentees = new ArrayList<>();

        Check(Bank bank, UnitView unit, BankVocabulary words, ImportProblems problems) {
            this.bank = bank;
            this.unit = unit;
            this.words = words;
            this.problems = problems;
        }

        void run(List<Line> lines, boolean bothRoles) {
            UnitNames organizations = new UnitNames(unit, structure.organizations(Permission.EDIT_PEOPLE));
            List<Match> matches =
                    identities.identify(lines.stream().map(Line::person).toList());
            Map<String, Integer> seen = new HashMap<>();
            List<Line> located = new ArrayList<>();
            List<UnitView> places = new ArrayList<>();
            List<Long> persons = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                UnitView organization = organization(line, organizations);
                Long person = person(line, matches.get(i), organization);
                if (organization == null || person == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(person + "/" + organization.id(), line.row());
                if (first != null) {
                    problem(line, BankColumn.LAST_NAME, "bank.import.duplicateInFile", first);
                    continue;
                }
                located.add(line);
                places.add(organization);
                persons.add(person);
            }
            Map<String, Stored> stored = stored(persons, places);
            // per row: one person may be a mentee of two organizations with other deficits
            List<Boolean> mentorsOfTheField = bank == Bank.MENTEES && !bothRoles
                    ? sameField.sameField(
                            persons,
                            located.stream()
                                    .map(l -> l.mentee().deficits().stream()
                                            .map(MenteeData.DeficitMark::deficitId)
                                            .toList())
                                    .toList())
                    : null;
            Map<Long, Integer> load = bank == Bank.MENTORS ? loads(stored) : Map.of();
            Map<String, BankSettings> municipalities = settings.all();
            Set<Long> competencies = BankReferences.allowed(references.catalog(CatalogKind.COMPETENCY), List.of());
            Set<Long> subjects = BankReferences.allowed(references.subjects(), List.of());
            Set<Long> activeDeficits = deficits.allowed(List.of());
            for (int i = 0; i < located.size(); i++) {
                Line line = located.get(i);
                UnitView organization = places.get(i);
                long person = persons.get(i);
                Stored before = stored.get(person + "/" + organization.id());
                if (bank == Bank.MENTORS) {
                    MentorData data = withCapacity(line.mentor(), organization, municipalities);
                    List<Violation> broken = BankRules.checkMentor(
                            data,
                            BankReferences.allowed(competencies, before == null ? List.of() : before.references()),
                            BankReferences.allowed(subjects, before == null ? List.of() : before.subjects()),
                            before == null ? 0 : load.getOrDefault(before.id(), 0),
                            today);
                    report(line, broken);
                    mentors.add(write(before, person, organization, data));
                } else {
                    if (mentorsOfTheField != null && mentorsOfTheField.get(i)) {
                        problem(line, BankColumn.LAST_NAME, "bank.import.alsoMentor");
                    }
                    report(
                            line,
                            BankRules.checkMentee(
                                    line.mentee(),
                                    BankReferences.allowed(
                                            activeDeficits, before == null ? List.of() : before.references()),
                                    today));
                    mentees.add(write(before, person, organization, line.mentee()));
                }
            }
        }

        /** Saves what was checked; returns how many stored profiles it replaced. */
        int save() {
            int year = AcademicYear.of(today).startYear();
            if (bank == Bank.MENTORS) {
                List<Write<MentorData>> fresh = fresh(mentors);
                writes.insertMentors(fresh, today, year);
                writes.updateMentors(replaced(mentors), today, year);
                return mentors.size() - fresh.size();
            }
            List<Write<MenteeData>> fresh = fresh(mentees);
            writes.insertMentees(fresh, today, year);
            writes.updateMentees(replaced(mentees), today, year);
            return mentees.size() - fresh.size();
        }

        private <D> List<Write<D>> fresh(List<Write<D>> all) {
            List<Write<D>> fresh = all.stream().filter(w -> w.version() == null).toList();
            List<Long> ids = writes.ids(fresh.size());
            List<Write<D>> numbered = new ArrayList<>(fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                Write<D> w = fresh.get(i);
                numbered.add(new Write<>(
                        ids.get(i), null, w.personId(), w.organizationId(), w.organizationPath(), w.data()));
            }
            return numbered;
        }

        private <D> List<Write<D>> replaced(List<Write<D>> all) {
            return all.stream().filter(w -> w.version() != null).toList();
        }

        private <D> Write<D> write(Stored before, long person, UnitView organization, D data) {
            return new Write<>(
                    before == null ? 0 : before.id(),
                    before == null ? null : before.version(),
                    person,
                    organization.id(),
                    organization.path(),
                    data);
        }

        private MentorData withCapacity(
                MentorData data, UnitView organization, Map<String, BankSettings> municipalities) {
            if (data.capacity() != null) {
                return data;
            }
            int capacity = BankSettingsService.covering(municipalities, organization.path())
                    .defaultCapacity();
            return new MentorData(
                    data.competencyIds(),
                    data.competencyNote(),
                    data.subjectIds(),
                    capacity,
                    data.networkAvailable(),
                    data.formats(),
                    data.consentOn(),
                    data.consentDocument(),
                    data.status());
        }

        private UnitView organization(Line line, UnitNames organizations) {
            if (line.organization() == null) {
                if (unit.level() == UnitLevel.ORGANIZATION) {
                    return unit;
                }
                problem(line, BankColumn.ORGANIZATION, "bank.import.organization.required");
                return null;
            }
            UnitView found = organizations.find(line.organization());
            if (found == null) {
                problem(line, BankColumn.ORGANIZATION, "bank.import.organization.unknown", unit.shortName());
            } else if (found == UnitNames.AMBIGUOUS) {
                problem(line, BankColumn.ORGANIZATION, "bank.import.organization.ambiguous");
                return null;
            }
            return found;
        }

        private Long person(Line line, Match match, UnitView organization) {
            if (match.outcome() != Outcome.FOUND) {
                if (line.person().lastName() != null && line.person().firstName() != null) {
                    problems.add(new ImportProblem(
                            line.row(),
                            words.header(BankColumn.LAST_NAME),
                            fullName(line),
                            "bank.import.person." + match.outcome()));
                }
                return null;
            }
            if (organization != null && !match.organizationIds().contains(organization.id())) {
                problems.add(new ImportProblem(
                        line.row(),
                        words.header(BankColumn.LAST_NAME),
                        fullName(line),
                        "bank.import.person.notThere",
                        organization.shortName()));
                return null;
            }
            return match.personId();
        }

        /** The rules' problems, except in cells that could not be read (one message is enough there). */
        private void report(Line line, List<Violation> broken) {
            for (Violation violation : broken) {
                BankColumn column = BankColumn.ofField(violation.field());
                if (!problems.has(line.row(), words.header(column))) {
                    problem(line, column, violation.code());
                }
            }
        }

        private void problem(Line line, BankColumn column, String code, Object... arguments) {
            problems.add(new ImportProblem(line.row(), words.header(column), null, code, arguments));
        }

        private Map<String, Stored> stored(List<Long> persons, List<UnitView> places) {
            Map<String, Stored> stored = new HashMap<>();
            if (persons.isEmpty()) {
                return stored;
            }
            String had = bank == Bank.MENTORS
                    ? "p.competency_ids as refs, p.subject_ids as subjects"
                    : "array(select d.deficit_id from mentee_deficit d where d.profile_id = p.id) as refs,"
                            + " '{}'::bigint[] as subjects";
            jdbc.sql("select p.id, p.version, p.person_id, p.organization_id, " + had + " from "
                            + bank.table() + " p join unnest(?::bigint[], ?::bigint[]) as k(person_id, organization_id)"
                            + " on p.person_id = k.person_id and p.organization_id = k.organization_id")
                    .params(
                            persons.toArray(Long[]::new),
                            places.stream().map(UnitView::id).toArray(Long[]::new))
                    .query(rs -> {
                        stored.put(
                                rs.getLong("person_id") + "/" + rs.getLong("organization_id"),
                                new Stored(
                                        rs.getLong("id"),
                                        rs.getLong("version"),
                                        MentorService.longs(rs.getArray("refs")),
                                        MentorService.longs(rs.getArray("subjects"))));
                    });
            return stored;
        }

        private Map<Long, Integer> loads(Map<String, Stored> stored) {
            Pairings source = loads.getIfAvailable();
            return source == null || stored.isEmpty()
                    ? Map.of()
                    : source.loads(stored.values().stream().map(Stored::id).toList());
        }
    }

    private static String fullName(Line line) {
        PersonIdentities.Key key = line.person();
        return key.middleName() == null
                ? key.lastName() + " " + key.firstName()
                : key.lastName() + " " + key.firstName() + " " + key.middleName();
    }

    private static Map<String, Object> audit(Bank bank, String fileName, byte[] bytes, List<Line> lines, int updated) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("bank", bank.name());
        after.put("file", fileName);
        after.put("sha256", Uploads.sha256(bytes));
        after.put("created", lines.size() - updated);
        after.put("updated", updated);
        return after;
    }

    private static ImportResult result(int rows, int saved, int updated, ImportProblems problems, long started) {
        return new ImportResult(
                rows, saved, updated, problems.list(), problems.count(), Duration.ofNanos(System.nanoTime() - started));
    }
}
