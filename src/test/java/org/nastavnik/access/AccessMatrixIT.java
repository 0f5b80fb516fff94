package org.nastavnik.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nastavnik.people.EmploymentData;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonData;
import org.nastavnik.people.Qualification;
import org.nastavnik.structure.Permission;
import org.nastavnik.structure.StructureService;
import org.nastavnik.structure.UnitDetails;
import org.nastavnik.structure.UnitType;
import org.nastavnik.structure.UnitView;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page, export and API endpoint × every scoped role × an object of a unit outside the role's
 * scope answers 404 (or 403 for a function the role never has), and lists never show that unit's
 * people. The build fails when an endpoint of the application has no entry here.
 *
 * <p>The administrator is not in the matrix: every unit is theirs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @LocalServerPort
    int port;

    @Autowired
    StructureService structure;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The role, its demo account, and the objects of another unit it must not reach. */
    record Actor(Role role, String email, Foreign foreign) {}

    /** Objects of a unit outside an actor's scope; {@code marker} is the name of a person there. */
    record Foreign(long personId, String marker, long unitId, long organizationId) {}

    /** How an endpoint is checked. */
    enum Kind {
        /** Addresses one object by id: must answer 403 or 404 for another unit's object. */
        OBJECT,
        /** A list or export: filtered to another unit it must not show that unit's people. */
        LIST,
        /** Sign-in, errors and the caller's own account: no other unit's object is involved. */
        OWN
    }

    record Endpoint(
            String method,
            String pattern,
            Kind kind,
            Function<Foreign, String> path,
            Function<Foreign, Map<String, String>> form) {
        String key() {
            return method + " " + pattern;
        }
    }

    final List<Endpoint> matrix = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();

    private void page(String method, String pattern, Kind kind, Function<Foreign, String> path) {
        matrix.add(new Endpoint(method, pattern, kind, path, f -> Map.of()));
    }

    private void page(
            String method,
            String pattern,
            Kind kind,
            Function<Foreign, String> path,
            Function<Foreign, Map<String, String>> form) {
        matrix.add(new Endpoint(method, pattern, kind, path, form));
    }

    private void own(String method, String pattern) {
        matrix.add(new Endpoint(method, pattern, Kind.OWN, f -> pattern, f -> Map.of()));
    }

    @BeforeAll
    void describeTheMatrix() {
        own("GET", "/");
        own("GET", "/login");
        own("GET", "/login/second-factor");
        own("POST", "/login/second-factor");
        own("GET", "/account");
        own("POST", "/account/password");
        own("POST", "/account/second-factor/start");
        own("POST", "/account/second-factor");

        page("GET", "/units", Kind.LIST, f -> "/units");
        page("GET", "/units/{id}", Kind.OBJECT, f -> "/units/" + f.unitId());
        page("GET", "/units/{id}/edit", Kind.OBJECT, f -> "/units/" + f.unitId() + "/edit");
        page("POST", "/units/{id}/edit", Kind.OBJECT, f -> "/units/" + f.unitId() + "/edit", f -> unitForm());
        page(
                "POST",
                "/units/{id}/archive",
                Kind.OBJECT,
                f -> "/units/" + f.organizationId() + "/archive",
                f -> Map.of("archived", "true"));
        page("GET", "/units/{parentId}/new", Kind.OBJECT, f -> "/units/" + f.unitId() + "/new");
        page("POST", "/units/{parentId}/new", Kind.OBJECT, f -> "/units/" + f.unitId() + "/new", f -> unitForm());

        page("GET", "/people", Kind.LIST, f -> "/people?org=" + f.organizationId());
        page("GET", "/people/new", Kind.LIST, f -> "/people/new?org=" + f.organizationId());
        page("POST", "/people/new", Kind.OBJECT, f -> "/people/new", AccessMatrixIT::newPersonIn);
        page("GET", "/people/{id}", Kind.OBJECT, f -> "/people/" + f.personId());
        page("GET", "/people/{id}/edit", Kind.OBJECT, f -> "/people/" + f.personId() + "/edit");
        page("POST", "/people/{id}/edit", Kind.OBJECT, f -> "/people/" + f.personId() + "/edit", f -> personForm());
    }

    @BeforeAll
    void prepareActorsAndForeignObjects() {
        jdbc.sql("update account set totp_secret = ? where username in (?, ?)")
                .params(TOTP_SECRET, DemoAccounts.REGION_OPERATOR, DemoAccounts.ADMIN)
                .update();
        List<UnitView> organizations = systemOrganizations();
        UnitView school12 = organization(organizations, "\u2116 12");
        UnitView ruralSchool = organizations.stream()
                .filter(o -> o.type() == UnitType.SCHOOL)
                .filter(o -> !o.path()
                        .startsWith(structure
                                .find(school12.parentId())
                                .orElseThrow()
                                .path()))
                .findFirst()
                .orElseThrow();
        Foreign inSchool12 = foreignIn(school12, school12.id());
        Foreign inAnotherMunicipality = foreignIn(ruralSchool, ruralSchool.parentId());
        Foreign inAnotherRegion = anotherRegion();
        for (String email : List.of(
                DemoAccounts.HEAD,
                DemoAccounts.CURATOR,
                DemoAccounts.PSYCHOLOGIST,
                DemoAccounts.MENTOR,
                DemoAccounts.MENTEE)) {
            actors.add(new Actor(roleOf(email), email, inSchool12));
        }
        actors.add(new Actor(Role.MUNICIPAL_COORDINATOR, DemoAccounts.COORDINATOR, inAnotherMunicipality));
        actors.add(new Actor(Role.REGION_OPERATOR, DemoAccounts.REGION_OPERATOR, inAnotherRegion));
    }

    @Test
    void everyEndpointOfTheApplicationIsInTheMatrix() {
        Set<String> declared = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("org.nastavnik")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(m -> declared.add(m + " " + pattern));
            }
        }
        Set<String> covered = new TreeSet<>();
        matrix.forEach(e -> covered.add(e.key()));
        assertThat(declared)
                .as("every endpoint needs an entry in AccessMatrixIT")
                .isSubsetOf(covered);
        assertThat(covered).as("entries of endpoints that no longer exist").isSubsetOf(declared);
    }

    @Test
    void noRoleReachesAnotherUnitsObjectsOrListsTheirPeople() {
        List<String> violations = new ArrayList<>();
        for (Actor actor : actors) {
            WebSession session = actor.role().requiresSecondFactor()
                    ? WebSession.signIn(port, actor.email(), TOTP_SECRET)
                    : WebSession.signIn(port, actor.email());
            for (Endpoint endpoint : matrix) {
                if (endpoint.kind() == Kind.OWN) {
                    continue;
                }
                String path = endpoint.path().apply(actor.foreign());
                HttpResponse<String> response =
                        session.send(endpoint.method(), path, endpoint.form().apply(actor.foreign()));
                int status = response.statusCode();
                String body = response.body() == null ? "" : response.body();
                boolean ok =
                        switch (endpoint.kind()) {
                            case OBJECT ->
                                status == 403
                                        || status == 404
                                        || (status == 200
                                                && !body.contains(
                                                        actor.foreign().marker())
                                                && endpoint.method().equals("POST")
                                                && endpoint.pattern().equals("/people/new"));
                            case LIST ->
                                (status == 200 || status == 403)
                                        && !body.contains(actor.foreign().marker());
                            case OWN -> true;
                        };
                if (!ok) {
                    violations.add(actor.role() + " " + endpoint.method() + " " + path + " -> " + status);
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(jdbc.sql("select count(*) from person where last_name = 'Intruder'")
                        .query(Long.class)
                        .single())
                .as("nobody was created or renamed in another unit")
                .isZero();
        assertThat(jdbc.sql("select count(*) from unit where short_name = 'Intruder' or archived")
                        .query(Long.class)
                        .single())
                .as("no unit was created, changed or archived in another unit")
                .isZero();
    }

    @Test
    void theForeignPersonIsVisibleInsideTheirOwnUnitSoTheMatrixChecksSomething() {
        WebSession curator12 = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        Foreign foreign = actors.get(0).foreign();
        HttpResponse<String> card = curator12.get("/people/" + foreign.personId());
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains(foreign.marker());
    }

    private Foreign foreignIn(UnitView organization, long unitId) {
        String marker = "Zzmarker" + organization.id();
        long[] id = new long[1];
        AccessService.asSystem(() -> id[0] = people.create(
                new PersonData(marker, "Foreign", null, LocalDate.of(1985, 3, 3), null, null, null),
                new EmploymentData(organization.id(), 1, List.of(), null, null, Qualification.NONE, null, null)));
        return new Foreign(id[0], marker, unitId, organization.id());
    }

    private Foreign anotherRegion() {
        UnitView[] school = new UnitView[1];
        AccessService.asSystem(() -> {
            UnitView region =
                    structure.createRegion(new UnitDetails("Other region", "Other region", null, null, null, null));
            UnitView municipality = structure.create(
                    region.id(),
                    UnitType.MUNICIPALITY,
                    new UnitDetails("Other town", "Other town", null, null, null, null));
            school[0] = structure.create(
                    municipality.id(),
                    UnitType.SCHOOL,
                    new UnitDetails("Other school", "Other school", null, null, null, null));
        });
        return foreignIn(school[0], school[0].parentId());
    }

    private List<UnitView> systemOrganizations() {
        List<List<UnitView>> result = new ArrayList<>();
        AccessService.asSystem(() -> result.add(structure.organizations(Permission.READ)));
        return result.get(0);
    }

    private static UnitView organization(List<UnitView> organizations, String suffix) {
        return organizations.stream()
                .filter(o -> o.shortName().endsWith(suffix))
                .findFirst()
                .orElseThrow();
    }

    private static Role roleOf(String email) {
        return Role.valueOf(
                switch (email.substring(0, email.indexOf('@'))) {
                    case "head" -> "HEAD";
                    case "curator" -> "CURATOR";
                    case "psychologist" -> "PSYCHOLOGIST";
                    case "mentor" -> "MENTOR";
                    default -> "MENTEE";
                });
    }

    private static Map<String, String> unitForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "SCHOOL");
        form.put("shortName", "Intruder");
        form.put("fullName", "Intruder");
        form.put("version", "0");
        return form;
    }

    /** A valid new person placed in the other unit's organization. */
    private static Map<String, String> newPersonIn(Foreign foreign) {
        Map<String, String> form = personForm();
        form.put("birthDate", "1990-01-01");
        form.put("organizationId", String.valueOf(foreign.organizationId()));
        form.put("positionId", "1");
        form.put("qualification", "NONE");
        return form;
    }

    private static Map<String, String> personForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lastName", "Intruder");
        form.put("firstName", "Intruder");
        form.put("version", "0");
        return form;
    }
}
