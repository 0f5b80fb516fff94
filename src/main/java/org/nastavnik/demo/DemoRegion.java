package org.nastavnik.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.Role;
import org.nastavnik.people.EmploymentData;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonData;
import org.nastavnik.people.Qualification;
import org.nastavnik.structure.AgreementData;
import org.nastavnik.structure.AgreementService;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitDetails;
import org.nastavnik.structure.UnitLevel;
import org.nastavnik.structure.UnitType;
import org.nastavnik.structure.UnitView;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the fictional demo region from {@code demo/region.tsv} and {@code demo/names.tsv}: the
 * same units, people and accounts on every machine (a fixed random seed), created through the
 * modules' own services so every rule and audit record applies.
 */
@Component
public class DemoRegion {

    /** The password of every demo account; demo data exists only in demo mode. */
    public static final String PASSWORD = "demo-nastavnik-2026";

    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 9, 1);
    private static final long SEED = 2026L;

    // Position ids of the reference list (V3 migration).
    private static final long TEACHER = 1,
            EDUCATOR = 2,
            SENIOR_EDUCATOR = 3,
            ADDITIONAL_TEACHER = 4,
            LECTURER = 5,
            MASTER = 6,
            PSYCHOLOGIST = 7,
            SOCIAL_PEDAGOGUE = 8,
            SPEECH_THERAPIST = 9,
            METHODIST = 12,
            SENIOR_METHODIST = 13,
            ADVISER = 15,
            MUSIC = 16,
            PE_INSTRUCTOR = 17,
            DEPUTY = 20,
            DEPUTY_KINDERGARTEN = 21,
            DIRECTOR = 22,
            KINDERGARTEN_HEAD = 23,
            SPECIALIST = 24,
            CHIEF_SPECIALIST = 25,
            DEPARTMENT_HEAD = 26;

    private static final long[][] TEACHER_SUBJECTS = {
        {1, 2},
        {3, 4, 5},
        {3, 24},
        {6},
        {7, 28},
        {8, 9},
        {10},
        {11, 12},
        {13},
        {14},
        {16},
        {17},
        {18},
        {19},
        {20},
        {21},
        {21},
        {21},
        {1, 2, 22},
        {9},
        {13}
    };

    private final StructureService structure;
    private final PeopleService people;
    private final AccessService access;
    private final AgreementService agreements;
    private final DemoBank bank;
    private final DemoRoadmaps roadmaps;
    private final DemoMentorships mentorships;

    DemoRegion(
            StructureService structure,
            PeopleService people,
            AccessService access,
            AgreementService agreements,
            DemoBank bank,
            DemoRoadmaps roadmaps,
            DemoMentorships mentorships) {
        this.roadmaps = roadmaps;
        this.mentorships = mentorships;
        this.structure = structure;
        this.people = people;
        this.access = access;
        this.agreements = agreements;
        this.bank = bank;
    }

    /** Creates the region; call once, on an empty database. */
    @Transactional
    public void load() {
        AccessService.asSystem(this::build);
    }

    private void build() {
        Random random = new Random(SEED);
        Names names = Names.load();
        Map<String, Long> accounts = new LinkedHashMap<>();
        List<DemoBank.Staff> staff = new ArrayList<>();
        UnitView region = null;
        UnitView parent = null;
        int organizationIndex = 0;
        for (String[] line : rows("demo/region.tsv")) {
            UnitType type = UnitType.valueOf(line[1]);
            UnitDetails details = new UnitDetails(line[2], line[3], null, null, null, null);
            switch (line[0]) {
                case "REGION" -> {
                    region = structure.createRegion(details);
                    parent = region;
                }
                case "MUNICIPALITY" -> parent = structure.create(region.id(), type, details);
                default -> {
                    organizationIndex++;
                    UnitView organization = structure.create(parent.id(), type, withCodes(details, random));
                    staff(organization, Integer.parseInt(line[4]), organizationIndex, random, names, accounts, staff);
                }
            }
        }
        long school5 = grantDemoRoles(region, accounts);
        agreements(region);
        long municipality5 = structure.find(school5).orElseThrow().parentId();
        Set<Long> network = structure.organizations(Permission.READ).stream()
                .filter(o -> o.parentId() != null && o.parentId() == municipality5 && o.id() != school5)
                .map(UnitView::id)
                .collect(Collectors.toSet());
        bank.fill(staff, school5, network, random);
        mentorships.fill(school5, accounts.get("mentor"), accounts.get("mentee"));
        List<UnitView> owners = new ArrayList<>(structure.units(Permission.READ, UnitLevel.MUNICIPALITY));
        owners.add(structure.find(school5).orElseThrow());
        roadmaps.fill(owners);
    }

    /** The agreements with partners from {@code demo/agreements.tsv}, units found by short name. */
    private void agreements(UnitView region) {
        Map<String, Long> units = new LinkedHashMap<>();
        units.put(region.shortName(), region.id());
        structure.organizations(Permission.READ).forEach(u -> units.put(u.shortName(), u.id()));
        for (String[] line : rows("demo/agreements.tsv")) {
            agreements.create(
                    units.get(line[0]),
                    units.get(line[1]),
                    new AgreementData(
                            line[2],
                            LocalDate.parse(line[3]),
                            line[4],
                            LocalDate.parse(line[5]),
                            line[6].isEmpty() ? null : LocalDate.parse(line[6]),
                            line[7],
                            line[8],
                            line[9]));
        }
    }

    /** Grants the demo accounts their roles; returns school No. 5, where most of them work. */
    private long grantDemoRoles(UnitView region, Map<String, Long> accounts) {
        List<UnitView> organizations = structure.organizations(Permission.READ);
        UnitView school5 = organizations.stream()
                .filter(o -> o.shortName().endsWith("5"))
                .findFirst()
                .orElseThrow();
        UnitView municipality = structure.find(school5.parentId()).orElseThrow();
        account(accounts, "admin", Role.ADMIN, null);
        account(accounts, "region", Role.REGION_OPERATOR, region.id());
        account(accounts, "coordinator", Role.MUNICIPAL_COORDINATOR, municipality.id());
        account(accounts, "head", Role.HEAD, school5.id());
        account(accounts, "curator", Role.CURATOR, school5.id());
        account(accounts, "psychologist", Role.PSYCHOLOGIST, school5.id());
        account(accounts, "mentor", Role.MENTOR, school5.id());
        account(accounts, "mentee", Role.MENTEE, school5.id());
        UnitView school12 = organizations.stream()
                .filter(o -> o.shortName().endsWith("12"))
                .findFirst()
                .orElseThrow();
        account(accounts, "curator2", Role.CURATOR, school12.id());
        return school5.id();
    }

    private void account(Map<String, Long> accounts, String name, Role role, Long unitId) {
        long personId = accounts.get(name);
        access.createAccount(personId, email(name), PASSWORD);
        access.grant(personId, role, unitId);
    }

    /** The e-mail (and user name) of a demo account: {@code curator@demo.nastavnik.ru}. */
    public static String email(String account) {
        return account + "@demo.nastavnik.ru";
    }

    private void staff(
            UnitView organization,
            int count,
            int organizationIndex,
            Random random,
            Names names,
            Map<String, Long> accounts,
            List<DemoBank.Staff> staff) {
        for (int i = 0; i < count; i++) {
            long position = position(organization.type(), i);
            boolean young = position == TEACHER && random.nextInt(100) < 18
                    || accountFor(organization, i, position).equals("mentee");
            boolean female = random.nextInt(100) < (organization.type() == UnitType.KINDERGARTEN ? 97 : 80);
            int age = young ? 22 + random.nextInt(5) : 27 + random.nextInt(36);
            LocalDate birth = REFERENCE_DATE.minusYears(age).minusDays(random.nextInt(365));
            LocalDate pedagogicalSince = young
                    ? REFERENCE_DATE.minusMonths(2 + random.nextInt(30))
                    : birth.plusYears(21 + random.nextInt(4)).plusDays(random.nextInt(200));
            LocalDate organizationSince = pedagogicalSince.plusDays(
                    random.nextInt((int) Math.max(1, REFERENCE_DATE.toEpochDay() - pedagogicalSince.toEpochDay())));
            long years = REFERENCE_DATE.getYear() - pedagogicalSince.getYear();
            Qualification qualification = years < 3
                    ? Qualification.NONE
                    : years > 10 && random.nextInt(100) < 45
                            ? Qualification.HIGHEST
                            : random.nextInt(100) < 55 ? Qualification.FIRST : Qualification.NONE;
            String account = accountFor(organization, i, position);
            if (account.equals("mentor")) {
                qualification = Qualification.HIGHEST;
            }
            LocalDate mentorSince =
                    qualification == Qualification.HIGHEST && (random.nextInt(100) < 25 || account.equals("mentor"))
                            ? REFERENCE_DATE.minusYears(1 + random.nextInt(3))
                            : null;
            LocalDate methodistSince = qualification == Qualification.HIGHEST && random.nextInt(100) < 10
                    ? REFERENCE_DATE.minusYears(1 + random.nextInt(3))
                    : null;
            String lastName = names.pick(Names.SURNAME, female, random);
            PersonData person = new PersonData(
                    lastName,
                    names.pick(Names.FIRST, female, random),
                    names.pick(Names.PATRONYMIC, female, random),
                    birth,
                    account.isEmpty()
                            ? (random.nextInt(100) < 70
                                    ? "staff" + organizationIndex + "." + (i + 1) + "@demo-school.ru"
                                    : null)
                            : email(account),
                    random.nextInt(100) < 60 ? phone(random) : null,
                    random.nextInt(100) < 50 ? snils(random) : null);
            List<Long> subjects = subjects(position, organization.type(), random);
            long personId = people.create(
                    person,
                    new EmploymentData(
                            organization.id(),
                            position,
                            subjects,
                            pedagogicalSince,
                            organizationSince,
                            qualification,
                            mentorSince,
                            methodistSince));
            if (!account.isEmpty()) {
                accounts.put(account, personId);
            }
            staff.add(new DemoBank.Staff(
                    personId,
                    organization.id(),
                    subjects,
                    young,
                    position == TEACHER && !account.equals("mentor"),
                    !young && (qualification == Qualification.HIGHEST || account.equals("mentor")),
                    account.equals("mentor") || account.equals("mentee")));
        }
    }

    /** Which demo account (if any) the i-th employee of an organization gets. */
    private static String accountFor(UnitView organization, int i, long position) {
        String name = organization.shortName();
        if (name.endsWith("\u2116 5")) {
            return switch (i) {
                case 0 -> "head";
                case 1 -> "curator";
                case 3 -> "psychologist";
                case 8 -> "mentor";
                case 9 -> "mentee";
                default -> "";
            };
        }
        if (name.endsWith("\u2116 12") && i == 1) {
            return "curator2";
        }
        if (organization.type() == UnitType.EDUCATION_AUTHORITY
                && organization.depth() == 2
                && i == 0
                && name.contains("\u042d\u043d\u0441\u043a")) {
            return "coordinator";
        }
        if (organization.type() == UnitType.EDUCATION_AUTHORITY && organization.depth() == 1) {
            return switch (i) {
                case 1 -> "region";
                case 2 -> "admin";
                default -> "";
            };
        }
        return "";
    }

    private static long position(UnitType type, int i) {
        return switch (type) {
            case EDUCATION_AUTHORITY -> i == 0 ? DEPARTMENT_HEAD : i < 3 ? CHIEF_SPECIALIST : SPECIALIST;
            case COORDINATOR -> i == 0 ? DIRECTOR : i < 3 ? SENIOR_METHODIST : METHODIST;
            case KINDERGARTEN ->
                i == 0
                        ? KINDERGARTEN_HEAD
                        : i == 1 ? SENIOR_EDUCATOR : i == 2 ? MUSIC : i == 3 ? PE_INSTRUCTOR : EDUCATOR;
            case ADDITIONAL_EDUCATION -> i == 0 ? DIRECTOR : i == 1 ? METHODIST : ADDITIONAL_TEACHER;
            case COLLEGE -> i == 0 ? DIRECTOR : i == 1 ? DEPUTY : i % 4 == 0 ? MASTER : LECTURER;
            default ->
                switch (i) {
                    case 0 -> DIRECTOR;
                    case 1, 2 -> DEPUTY;
                    case 3 -> PSYCHOLOGIST;
                    case 4 -> SOCIAL_PEDAGOGUE;
                    case 5 -> ADVISER;
                    case 6 -> SPEECH_THERAPIST;
                    default -> TEACHER;
                };
        };
    }

    private static List<Long> subjects(long position, UnitType type, Random random) {
        if (position == TEACHER || position == DEPUTY && random.nextBoolean()) {
            List<Long> subjects = new ArrayList<>();
            for (long id : TEACHER_SUBJECTS[random.nextInt(TEACHER_SUBJECTS.length)]) {
                subjects.add(id);
            }
            return subjects;
        }
        if (position == EDUCATOR || position == SENIOR_EDUCATOR) {
            return List.of(25L);
        }
        if (position == ADDITIONAL_TEACHER) {
            return List.of(26L);
        }
        if (position == LECTURER || position == MASTER) {
            return type == UnitType.COLLEGE && random.nextBoolean() ? List.of(27L) : List.of(1L + random.nextInt(13));
        }
        return List.of();
    }

    private static UnitDetails withCodes(UnitDetails details, Random random) {
        String inn = inn(random);
        return new UnitDetails(details.shortName(), details.fullName(), inn, ogrn(random), null, null);
    }

    static String inn(Random random) {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder inn = new StringBuilder("36");
        for (int i = 0; i < 7; i++) {
            inn.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (inn.charAt(i) - '0') * weights[i];
        }
        return inn.append(sum % 11 % 10).toString();
    }

    static String ogrn(Random random) {
        StringBuilder body = new StringBuilder("1023600");
        for (int i = 0; i < 5; i++) {
            body.append(random.nextInt(10));
        }
        return body.append(Long.parseLong(body.toString()) % 11 % 10).toString();
    }

    static String snils(Random random) {
        StringBuilder snils = new StringBuilder();
        snils.append(1 + random.nextInt(9));
        for (int i = 1; i < 9; i++) {
            snils.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (snils.charAt(i) - '0') * (9 - i);
        }
        int check = sum % 101 == 100 ? 0 : sum % 101;
        return snils.append(String.format("%02d", check)).toString();
    }

    private static String phone(Random random) {
        return String.format(
                "+7 9%02d %03d-%02d-%02d",
                random.nextInt(100), random.nextInt(1000), random.nextInt(100), random.nextInt(100));
    }

    static List<String[]> rows(String resource) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Masculine and feminine forms of surnames, first names and patronymics. */
    record Names(Map<String, List<String[]>> byKind) {
        static final String SURNAME = "SURNAME", FIRST = "FIRST", PATRONYMIC = "PATRONYMIC";

        static Names load() {
            Map<String, List<String[]>> byKind = new LinkedHashMap<>();
            for (String[] row : rows("demo/names.tsv")) {
                byKind.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
            }
            return new Names(byKind);
        }

        String pick(String kind, boolean female, Random random) {
            List<String[]> list = byKind.get(kind);
            return list.get(random.nextInt(list.size()))[female ? 2 : 1];
        }
    }
}
