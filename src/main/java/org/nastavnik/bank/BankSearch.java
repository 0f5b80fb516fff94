package org.nastavnik.bank;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.nastavnik.bank.MentorProfile.Named;
import org.nastavnik.catalog.CatalogEntryView;
import org.nastavnik.catalog.CatalogKind;
import org.nastavnik.common.AcademicYear;
import org.nastavnik.common.RussianText;
import org.nastavnik.people.PeopleService;
import org.nastavnik.structure.AccessPolicy;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.Scope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank lists within the caller's scope: filters, a count, a sort and a page; the same query
 * serves the pages, the export and the API. Mentors' loads come from {@link Pairings}: the
 * free-capacity filter first reads the capacities of the mentors the other filters leave, asks for
 * their loads and leaves out those who are full, so the count and the pages stay exact.
 */
@Service
@Transactional(readOnly = true)
public class BankSearch {

    /** Which bank a query reads. */
    public enum Bank {
        MENTORS("mentor_profile"),
        MENTEES("mentee_profile");

        private final String table;

        Bank(String table) {
            this.table = table;
        }

        String table() {
            return table;
        }
    }

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final PeopleService people;
    private final BankReferences references;
    private final CatalogDeficits deficits;
    private final BankSettingsService settings;
    private final ObjectProvider<Pairings> pairings;

    BankSearch(
            JdbcClient jdbc,
            AccessPolicy policy,
            PeopleService people,
            BankReferences references,
            CatalogDeficits deficits,
            BankSettingsService settings,
            ObjectProvider<Pairings> pairings) {
        this.pairings = pairings;
        this.jdbc = jdbc;
        this.policy = policy;
        this.people = people;
        this.references = references;
        this.deficits = deficits;
        this.settings = settings;
    }

    public Page<BankRow> search(Bank bank, BankQuery query, Pageable page) {
        List<Object> params = new ArrayList<>();
        String where = where(bank, query, params);
        // with the free-capacity filter the loads of every mentor it may list are read once, here,
        // and the count follows from them
        Map<Long, Integer> loads = null;
        Long total = null;
        Free free = bank == Bank.MENTORS && Boolean.TRUE.equals(query.freeCapacity()) ? free(where, params) : null;
        if (free != null) {
            loads = free.loads();
            if (!free.full().isEmpty()) {
                where += " and b.id not in (select unnest(?::bigint[]))";
                params.add(free.full().toArray(Long[]::new));
            }
            total = (long) (free.candidates() - free.full().size());
        }
        if (total == null) {
            total = jdbc.sql("select count(*) from " + bank.table + " b join person p on p.id = b.person_id where "
                            + where)
                    .params(params)
                    .query(Long.class)
                    .single();
        }
        if (total == 0) {
            return Page.empty(page);
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        String order =
                switch (query.sort()) {
                    case "organization" -> "u.short_name, p.sort_key, b.id";
                    case "capacity" -> bank == Bank.MENTORS ? "b.capacity desc, p.sort_key, b.id" : "p.sort_key, b.id";
                    default -> "p.sort_key, b.id";
                };
        List<Raw> raws = jdbc.sql("select b.*, p.last_name, p.first_name, p.middle_name, u.short_name from "
                        + bank.table + " b join person p on p.id = b.person_id join unit u on u.id = b.organization_id"
                        + " where " + where + " order by " + order + " limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new Raw(
                        rs.getLong("id"),
                        rs.getLong("person_id"),
                        String.join(
                                        " ",
                                        rs.getString("last_name"),
                                        rs.getString("first_name"),
                                        rs.getString("middle_name") == null ? "" : rs.getString("middle_name"))
                                .strip(),
                        rs.getString("short_name"),
                        bank == Bank.MENTORS ? MentorService.longs(rs.getArray("subject_ids")) : List.of(),
                        bank == Bank.MENTORS ? MentorService.longs(rs.getArray("competency_ids")) : List.of(),
                        bank == Bank.MENTEES ? MenteeCategory.valueOf(rs.getString("category")) : null,
                        bank == Bank.MENTORS ? rs.getInt("capacity") : null,
                        bank == Bank.MENTORS && rs.getBoolean("network_available"),
                        ProfileStatus.valueOf(rs.getString("status")),
                        Integer.valueOf(currentYear()).equals(rs.getObject("confirmed_year", Integer.class)),
                        bank == Bank.MENTORS ? ContestStatus.valueOf(rs.getString("contest_status")) : null,
                        bank == Bank.MENTORS ? ContestStatus.valueOf(rs.getString("region_status")) : null))
                .list();
        return new PageImpl<>(details(bank, raws, loads), page, total);
    }

    /** Whether the caller keeps any bank (and may confirm its profiles). */
    public boolean mayConfirm() {
        return !policy.scope(Permission.EDIT_PEOPLE).isEmpty();
    }

    /** How many active profiles in the caller's editable scope are not confirmed this academic year. */
    public long unconfirmed(Bank bank) {
        List<Object> params = new ArrayList<>();
        String where = policy.scope(Permission.EDIT_PEOPLE).pathCondition("organization_path", params);
        params.add(currentYear());
        return jdbc.sql("select count(*) from " + bank.table + " where " + where
                        + " and status <> 'LEFT' and (confirmed_year is null or confirmed_year <> ?)")
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * The annual confirmation as the home page shows it to those who keep banks.
     *
     * @param daysLeft days to the deadline; negative when it has passed
     */
    public record Confirmation(long mentors, long mentees, LocalDate deadline, long daysLeft) {}

    /** Nothing for those who keep no banks. */
    public Optional<Confirmation> confirmation() {
        Scope editable = policy.scope(Permission.EDIT_PEOPLE);
        if (editable.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = people.today();
        BankSettings applying = editable.everything()
                ? BankSettings.DEFAULT
                : settings.covering(editable.paths().get(0));
        LocalDate deadline = applying.deadlineIn(AcademicYear.of(today));
        return Optional.of(new Confirmation(
                unconfirmed(Bank.MENTORS),
                unconfirmed(Bank.MENTEES),
                deadline,
                ChronoUnit.DAYS.between(today, deadline)));
    }

    /**
     * Nominees waiting for the caller's commission: the municipal stage in the municipalities they
     * decide for, the regional stage in their regions.
     */
    public record ContestQueue(long municipal, long region) {}

    /** Nothing for those who decide no contest. */
    public Optional<ContestQueue> contestQueue() {
        Scope deciding = policy.scope(Permission.DECIDE_CONTEST);
        if (deciding.isEmpty()) {
            return Optional.empty();
        }
        Scope municipal = deciding;
        Scope regions = deciding;
        if (!deciding.everything()) {
            Map<Boolean, List<String>> byLevel = deciding.paths().stream()
                    .collect(Collectors.partitioningBy(
                            p -> MentorService.regionPath(p).equals(p)));
            municipal = new Scope(false, byLevel.get(false), null);
            regions = new Scope(false, byLevel.get(true), null);
        }
        List<Object> params = new ArrayList<>();
        String inMunicipalities = municipal.pathCondition("organization_path", params);
        String inRegions = regions.pathCondition("organization_path", params);
        // both counts in one pass over the nominees
        return Optional.of(jdbc.sql("select count(*) filter (where " + ContestLevel.MUNICIPAL.status
                        + " = 'NOMINATED' and " + inMunicipalities + "), count(*) filter (where "
                        + ContestLevel.REGION.status + " = 'NOMINATED' and " + inRegions + ")"
                        + " from mentor_profile where status = 'ACTIVE' and ("
                        + ContestLevel.MUNICIPAL.status + " = 'NOMINATED' or " + ContestLevel.REGION.status
                        + " = 'NOMINATED')")
                .params(params)
                .query((rs, n) -> new ContestQueue(rs.getLong(1), rs.getLong(2)))
                .single());
    }

    /** A deficit with the number of active mentees who have it. */
    public record DeficitCount(long deficitId, String area, String deficit, long mentees) {}

    /** The most frequent deficits of active mentees in scope (and the organization when given). */
    public List<DeficitCount> deficitSummary(Long organizationId) {
        List<Object> params = new ArrayList<>();
        String where = scopeCondition(params);
        if (organizationId != null) {
            where += " and b.organization_id = ?";
            params.add(organizationId);
        }
        Map<Long, CatalogEntryView> catalog = deficits.all();
        return jdbc.sql("select d.deficit_id, count(*) as mentees from mentee_deficit d"
                        + " join mentee_profile b on b.id = d.profile_id where b.status = 'ACTIVE' and " + where
                        + " group by d.deficit_id order by mentees desc, d.deficit_id")
                .params(params)
                .query((rs, n) -> {
                    CatalogEntryView entry = catalog.get(rs.getLong("deficit_id"));
                    return new DeficitCount(entry.id(), entry.groupName(), entry.name(), rs.getLong("mentees"));
                })
                .list();
    }

    /** A profile of one person as their card lists it. */
    public record PersonProfile(Bank bank, long id, String organization, ProfileStatus status) {

        public String path() {
            return bank.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The person's mentor and mentee profiles that the caller sees. */
    public List<PersonProfile> profilesOf(long personId) {
        List<PersonProfile> found = new ArrayList<>();
        for (Bank bank : Bank.values()) {
            List<Object> params = new ArrayList<>();
            String where = scopeCondition(params);
            params.add(personId);
            jdbc.sql("select b.id, u.short_name, b.status from " + bank.table
                            + " b join unit u on u.id = b.organization_id" + " where " + where
                            + " and b.person_id = ? order by u.short_name")
                    .params(params)
                    .query((rs, n) -> new PersonProfile(
                            bank,
                            rs.getLong("id"),
                            rs.getString("short_name"),
                            ProfileStatus.valueOf(rs.getString("status"))))
                    .list()
                    .forEach(found::add);
        }
        return found;
    }

    private record Raw(
            long id,
            long personId,
            String name,
            String organization,
            List<Long> subjects,
            List<Long> competencies,
            MenteeCategory category,
            Integer capacity,
            boolean network,
            ProfileStatus status,
            boolean confirmed,
            ContestStatus contest,
            ContestStatus region) {}

    /** @param known the loads already read for the free-capacity filter, or null */
    private List<BankRow> details(Bank bank, List<Raw> raws, Map<Long, Integer> known) {
        Map<Long, List<String>> deficitNames = new LinkedHashMap<>();
        Map<Long, Named> subjects = bank == Bank.MENTORS ? references.subjects() : Map.of();
        Map<Long, Named> competencies = bank == Bank.MENTORS ? references.catalog(CatalogKind.COMPETENCY) : Map.of();
        Map<Long, Integer> loads = known != null ? known : loads(bank, raws);
        if (bank == Bank.MENTEES && !raws.isEmpty()) {
            Map<Long, CatalogEntryView> catalog = deficits.all();
            jdbc.sql("select profile_id, deficit_id from mentee_deficit where profile_id = any(?::bigint[])"
                            + " order by level desc, deficit_id")
                    .param(raws.stream().map(Raw::id).toArray(Long[]::new))
                    .query(rs -> {
                        deficitNames
                                .computeIfAbsent(rs.getLong("profile_id"), k -> new ArrayList<>())
                                .add(catalog.get(rs.getLong("deficit_id")).name());
                    });
        }
        return raws.stream()
                .map(r -> {
                    List<String> details = new ArrayList<>();
                    if (bank == Bank.MENTORS) {
                        BankReferences.names(subjects, r.subjects()).forEach(n -> details.add(n.name()));
                        BankReferences.names(competencies, r.competencies()).forEach(n -> details.add(n.name()));
                    } else {
                        details.addAll(deficitNames.getOrDefault(r.id(), List.of()));
                    }
                    return new BankRow(
                            r.id(),
                            r.personId(),
                            r.name(),
                            r.organization(),
                            details,
                            r.category(),
                            r.capacity(),
                            bank == Bank.MENTORS ? loads.getOrDefault(r.id(), 0) : null,
                            r.network(),
                            r.status(),
                            r.confirmed(),
                            r.contest(),
                            r.region());
                })
                .toList();
    }

    private String where(Bank bank, BankQuery query, List<Object> params) {
        StringBuilder where = new StringBuilder(scopeCondition(params));
        for (String word : RussianText.words(query.text())) {
            where.append(" and p.search_text like ?");
            params.add("%" + word + "%");
        }
        if (query.organizationId() != null) {
            where.append(" and b.organization_id = ?");
            params.add(query.organizationId());
        }
        if (query.status() != null) {
            where.append(" and b.status = ?");
            params.add(query.status().name());
        }
        if (query.confirmed() != null) {
            where.append(
                    query.confirmed()
                            ? " and b.confirmed_year = ?"
                            : " and b.status <> 'LEFT' and (b.confirmed_year is null or b.confirmed_year <> ?)");
            params.add(currentYear());
        }
        if (bank == Bank.MENTORS) {
            if (query.subjectId() != null) {
                where.append(" and b.subject_ids @> array[?]::bigint[]");
                params.add(query.subjectId());
            }
            if (query.competencyId() != null) {
                where.append(" and b.competency_ids @> array[?]::bigint[]");
                params.add(query.competencyId());
            }
            if (Boolean.TRUE.equals(query.freeCapacity())) {
                where.append(" and b.capacity > 0 and b.status = 'ACTIVE'");
            }
            if (query.networkAvailable() != null) {
                where.append(" and b.network_available = ?");
                params.add(query.networkAvailable());
            }
            if (query.contest() != null) {
                where.append(" and b.contest_status = ?");
                params.add(query.contest().name());
            }
            if (query.region() != null) {
                where.append(" and b.region_status = ?");
                params.add(query.region().name());
            }
        } else {
            if (query.deficitId() != null) {
                where.append(
                        " and exists (select 1 from mentee_deficit d where d.profile_id = b.id and d.deficit_id = ?)");
                params.add(query.deficitId());
            }
            if (query.category() != null) {
                where.append(" and b.category = ?");
                params.add(query.category().name());
            }
        }
        return where.toString();
    }

    /**
     * The mentors the condition finds ({@code candidates}), their loads, and those of them whose
     * mentees in open pairs and groups fill their capacity.
     */
    private record Free(int candidates, Map<Long, Integer> loads, List<Long> full) {}

    /** Null without the mentorship module, which knows the loads. */
    private Free free(String where, List<Object> params) {
        Pairings source = pairings.getIfAvailable();
        if (source == null) {
            return null;
        }
        Map<Long, Integer> capacities = new HashMap<>();
        jdbc.sql("select b.id, b.capacity from mentor_profile b join person p on p.id = b.person_id where " + where)
                .params(params)
                .query(rs -> {
                    capacities.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Integer> loads = capacities.isEmpty() ? Map.of() : source.loads(capacities.keySet());
        List<Long> full = new ArrayList<>();
        loads.forEach((id, load) -> {
            if (load >= capacities.getOrDefault(id, 0)) {
                full.add(id);
            }
        });
        return new Free(capacities.size(), loads, full);
    }

    /** The current loads of the page's mentors; empty for mentees. */
    private Map<Long, Integer> loads(Bank bank, List<Raw> raws) {
        Pairings source = pairings.getIfAvailable();
        if (bank != Bank.MENTORS || source == null || raws.isEmpty()) {
            return Map.of();
        }
        return source.loads(raws.stream().map(Raw::id).toList());
    }

    /** Profiles in the caller's scope, and the caller's own. */
    private String scopeCondition(List<Object> params) {
        Scope scope = policy.scope(Permission.READ);
        String paths = scope.pathCondition("b.organization_path", params);
        if (policy.personId() == null || scope.everything()) {
            return paths;
        }
        params.add(policy.personId());
        return "(" + paths + " or b.person_id = ?)";
    }

    private int currentYear() {
        return AcademicYear.of(people.today()).startYear();
    }
}
