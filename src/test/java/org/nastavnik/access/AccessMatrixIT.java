package org.nastavnik.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nastavnik.bank.MenteeCategory;
import org.nastavnik.bank.MenteeData;
import org.nastavnik.bank.MenteeService;
import org.nastavnik.bank.MentorData;
import org.nastavnik.bank.MentorService;
import org.nastavnik.bank.MentoringFormat;
import org.nastavnik.bank.ProfileStatus;
import org.nastavnik.people.ConsentData;
import org.nastavnik.people.EmploymentData;
import org.nastavnik.people.ParticipantData;
import org.nastavnik.people.ParticipantKind;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonData;
import org.nastavnik.people.PersonalDataService;
import org.nastavnik.people.Qualification;
import org.nastavnik.people.StaffImports;
import org.nastavnik.people.StaffWorkbooks;
import org.nastavnik.roadmap.RoadmapDocuments;
import org.nastavnik.roadmap.RoadmapDraft;
import org.nastavnik.roadmap.RoadmapService;
import org.nastavnik.structure.AgreementData;
import org.nastavnik.structure.AgreementService;
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
    AccessService access;

    @Autowired
    AgreementService agreements;

    @Autowired
    RoadmapService roadmaps;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    MentorService mentors;

    @Autowired
    MenteeService mentees;

    /** Any file: an upload into another unit is refused before the file is read. */
    static final byte[] BANK_FILE = "not read".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** A roadmap for another unit, as the API takes it. */
    private static String roadmapJson(Foreign f) {
        return "{\"ownerUnitId\": " + f.organizationId() + ", \"title\": \"Intruder\", \"periodFrom\": \"2025-01-01\","
                + " \"periodTo\": \"2025-12-31\", \"table\": \"" + ROADMAP_TABLE.replace("\n", "\\n") + "\"}";
    }

    static final String ROADMAP_TABLE = "| No | Activity (мероприятие) | Срок | Ответственный |\n| 1 | Zz | май | Zz |";

    @Autowired
    org.nastavnik.people.ParticipantService participants;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The role, its demo account, and the objects of another unit it must not reach. */
    record Actor(Role role, String email, Foreign foreign) {}

    /** Objects of a unit outside an actor's scope; {@code marker} is the name of a person there. */
    record Foreign(
            long personId,
            String marker,
            long unitId,
            long organizationId,
            String unitName,
            long roleAssignmentId,
            long agreementId,
            long roadmapId,
            long consentId,
            long mentorId,
            long menteeId,
            long mentorshipId,
            long mentorshipMemberId) {}

    /** How an endpoint is checked. */
    enum Kind {
        /** Addresses one object by id: must answer 403 or 404 for another unit's object. */
        OBJECT,
        /** Creates something in another unit: refused (403, 404, or 422 naming the field). */
        CREATE,
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
            Function<Foreign, Map<String, String>> form,
            Function<Foreign, String> json,
            byte[] upload) {
        Endpoint(
                String method,
                String pattern,
                Kind kind,
                Function<Foreign, String> path,
                Function<Foreign, Map<String, String>> form,
                Function<Foreign, String> json) {
            this(method, pattern, kind, path, form, json, null);
        }

        String key() {
            return method + " " + pattern;
        }
    }

    final List<Endpoint> matrix = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();

    /** The page of an import started by the curator of school No. 12. */
    String foreignJob;

    private void page(String method, String pattern, Kind kind, Function<Foreign, String> path) {
        matrix.add(new Endpoint(method, pattern, kind, path, f -> Map.of(), null));
    }

    /** A JSON API endpoint, called with HTTP Basic (401 for roles that need a second factor). */
    private void api(String method, String pattern, Kind kind, Function<Foreign, String> path) {
        api(method, pattern, kind, path, f -> null);
    }

    private void api(
            String method, String pattern, Kind kind, Function<Foreign, String> path, Function<Foreign, String> json) {
        matrix.add(new Endpoint(method, pattern, kind, path, f -> Map.of(), f -> {
            String body = json.apply(f);
            return body == null ? "" : body;
        }));
    }

    private void page(
            String method,
            String pattern,
            Kind kind,
            Function<Foreign, String> path,
            Function<Foreign, Map<String, String>> form) {
        matrix.add(new Endpoint(method, pattern, kind, path, form, null));
    }

    /** A multipart upload of a valid one-row staff workbook with the form's fields. */
    private void upload(
            String pattern, Kind kind, Function<Foreign, String> path, Function<Foreign, Map<String, String>> form) {
        matrix.add(new Endpoint("POST", pattern, kind, path, form, null, StaffWorkbooks.valid(1, 901)));
    }

    private void own(String method, String pattern) {
        matrix.add(new Endpoint(method, pattern, Kind.OWN, f -> pattern, f -> Map.of(), null));
    }

    @BeforeAll
    void describeTheMatrix() {
        own("GET", "/");
        own("GET", "/login");
        own("GET", "/session/alive");
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
        page("POST", "/people/new", Kind.CREATE, f -> "/people/new", AccessMatrixIT::newPersonIn);
        page("GET", "/people/{id}", Kind.OBJECT, f -> "/people/" + f.personId());
        page("GET", "/people/{id}/edit", Kind.OBJECT, f -> "/people/" + f.personId() + "/edit");
        page("POST", "/people/{id}/edit", Kind.OBJECT, f -> "/people/" + f.personId() + "/edit", f -> personForm());

        page("GET", "/people/export.xlsx", Kind.OBJECT, f -> "/people/export.xlsx?org=" + f.organizationId());
        page("GET", "/people/import", Kind.LIST, f -> "/people/import?org=" + f.organizationId());
        own("GET", "/people/import/template.xlsx");
        upload(
                "/people/import",
                Kind.CREATE,
                f -> "/people/import",
                f -> Map.of("org", String.valueOf(f.organizationId())));
        // another user's import (into school No. 12): only the user who started it sees it
        page("GET", "/people/import/{id}", Kind.OBJECT, f -> foreignJob);
        page("GET", "/people/import/{id}/report.xlsx", Kind.OBJECT, f -> foreignJob + "/report.xlsx");

        page("GET", "/roles", Kind.LIST, f -> "/roles?person=" + f.personId());
        page("GET", "/roles/candidates", Kind.LIST, f -> "/roles/candidates?q=" + f.marker());
        page("GET", "/roles/units", Kind.LIST, f -> "/roles/units?role=CURATOR");
        page(
                "POST",
                "/roles",
                Kind.CREATE,
                f -> "/roles",
                f -> Map.of(
                        "personId", String.valueOf(f.personId()),
                        "role", "CURATOR",
                        "unitId", String.valueOf(f.organizationId())));
        page("POST", "/roles/{id}/revoke", Kind.OBJECT, f -> "/roles/" + f.roleAssignmentId() + "/revoke");
        page(
                "POST",
                "/roles/account",
                Kind.CREATE,
                f -> "/roles/account",
                f -> Map.of(
                        "personId",
                        String.valueOf(f.personId()),
                        "email",
                        "intruder" + f.personId() + "@example.org",
                        "password",
                        "a long intruder passphrase"));
        page(
                "POST",
                "/roles/account/{personId}/{action:disable|enable}",
                Kind.OBJECT,
                f -> "/roles/account/" + f.personId() + "/disable");

        page("GET", "/people/new-participant", Kind.LIST, f -> "/people/new-participant?org=" + f.organizationId());
        page(
                "POST",
                "/people/new-participant",
                Kind.CREATE,
                f -> "/people/new-participant",
                AccessMatrixIT::newPersonIn);
        page(
                "GET",
                "/people/{personId}/employments/new",
                Kind.OBJECT,
                f -> "/people/" + f.personId() + "/employments/new");
        page(
                "POST",
                "/people/{personId}/employments/new",
                Kind.OBJECT,
                f -> "/people/" + f.personId() + "/employments/new");
        page("GET", "/people/{personId}/employments/{id}/edit", Kind.OBJECT, f -> employment(f) + "/edit");
        page("POST", "/people/{personId}/employments/{id}/edit", Kind.OBJECT, f -> employment(f) + "/edit");
        page("GET", "/people/{personId}/employments/{id}/end", Kind.OBJECT, f -> employment(f) + "/end");
        page(
                "POST",
                "/people/{personId}/employments/{id}/end",
                Kind.OBJECT,
                f -> employment(f) + "/end",
                f -> Map.of("endedOn", "2026-11-01"));
        page(
                "GET",
                "/people/{personId}/participants/new",
                Kind.OBJECT,
                f -> "/people/" + f.personId() + "/participants/new");
        page(
                "POST",
                "/people/{personId}/participants/new",
                Kind.OBJECT,
                f -> "/people/" + f.personId() + "/participants/new");
        page("GET", "/people/{personId}/participants/{id}/edit", Kind.OBJECT, f -> participant(f) + "/edit");
        page("POST", "/people/{personId}/participants/{id}/edit", Kind.OBJECT, f -> participant(f) + "/edit");
        page("GET", "/people/{personId}/participants/{id}/end", Kind.OBJECT, f -> participant(f) + "/end");
        page(
                "POST",
                "/people/{personId}/participants/{id}/end",
                Kind.OBJECT,
                f -> participant(f) + "/end",
                f -> Map.of("endedOn", "2026-11-01"));
        // Agreements: another unit's partner card, and an agreement that unit signed.
        page(
                "GET",
                "/units/{partnerId}/agreements/new",
                Kind.OBJECT,
                f -> "/units/" + f.organizationId() + "/agreements/new");
        page(
                "POST",
                "/units/{partnerId}/agreements/new",
                Kind.OBJECT,
                f -> "/units/" + f.organizationId() + "/agreements/new");
        page("GET", "/agreements/{id}/edit", Kind.OBJECT, f -> "/agreements/" + f.agreementId() + "/edit");
        page("POST", "/agreements/{id}/edit", Kind.OBJECT, f -> "/agreements/" + f.agreementId() + "/edit");
        page(
                "POST",
                "/agreements/{id}/archive",
                Kind.OBJECT,
                f -> "/agreements/" + f.agreementId() + "/archive",
                f -> Map.of("archived", "true"));

        // Reference lists: read by everyone signed in (no unit involved), changed by administrators only.
        own("GET", "/catalog");
        own("GET", "/catalog/{kind}");
        page("POST", "/catalog/{kind}", Kind.OBJECT, f -> "/catalog/deficit", f -> Map.of("name", "Intruder"));
        page("GET", "/catalog/entries/{id}/edit", Kind.OBJECT, f -> "/catalog/entries/11/edit");
        page(
                "POST",
                "/catalog/entries/{id}/edit",
                Kind.OBJECT,
                f -> "/catalog/entries/11/edit",
                f -> Map.of("name", "Intruder", "groupId", "1", "version", "0"));
        page(
                "POST",
                "/catalog/entries/{id}/archive",
                Kind.OBJECT,
                f -> "/catalog/entries/11/archive",
                f -> Map.of("archived", "true"));
        own("GET", "/people/lists/{kind}");
        page(
                "POST",
                "/people/lists/{kind}",
                Kind.OBJECT,
                f -> "/people/lists/subjects",
                f -> Map.of("name", "Intruder"));
        page(
                "POST",
                "/people/lists/{kind}/{id}",
                Kind.OBJECT,
                f -> "/people/lists/subjects/1",
                f -> Map.of("name", "Intruder"));
        page(
                "POST",
                "/people/lists/{kind}/{id}/archive",
                Kind.OBJECT,
                f -> "/people/lists/subjects/1/archive",
                f -> Map.of("archived", "true"));
        own("GET", "/api/v1/lists/{kind:positions|subjects}");
        api(
                "POST",
                "/api/v1/lists/{kind:positions|subjects}",
                Kind.OBJECT,
                f -> "/api/v1/lists/subjects",
                f -> "{\"name\":\"Intruder\"}");
        api(
                "PUT",
                "/api/v1/lists/{kind:positions|subjects}/{id}",
                Kind.OBJECT,
                f -> "/api/v1/lists/subjects/1",
                f -> "{\"name\":\"Intruder\"}");
        api(
                "POST",
                "/api/v1/lists/{kind:positions|subjects}/{id}/archive",
                Kind.OBJECT,
                f -> "/api/v1/lists/subjects/1/archive",
                f -> "{\"archived\":true}");
        own("GET", "/api/v1/catalogs/{kind}");
        own("GET", "/api/v1/catalog-entries/{id}");

        // Personal data of one person (152-FZ): consents, export, anonymization, the destruction journal.
        page("GET", "/people/{id}/consents/new", Kind.OBJECT, f -> "/people/" + f.personId() + "/consents/new");
        page(
                "POST",
                "/people/{id}/consents/new",
                Kind.OBJECT,
                f -> "/people/" + f.personId() + "/consents/new",
                f -> Map.of("purpose", "Intruder", "givenOn", "2025-09-01", "basisDocument", "Intruder"));
        page(
                "GET",
                "/people/{id}/consents/{consentId}/withdraw",
                Kind.OBJECT,
                f -> "/people/" + f.personId() + "/consents/" + f.consentId() + "/withdraw");
        page(
                "POST",
                "/people/{id}/consents/{consentId}/withdraw",
                Kind.OBJECT,
                f -> "/people/" + f.personId() + "/consents/" + f.consentId() + "/withdraw",
                f -> Map.of("withdrawnOn", "2025-10-01"));
        page("GET", "/people/{id}/export.json", Kind.OBJECT, f -> "/people/" + f.personId() + "/export.json");
        page("GET", "/people/{id}/export.xlsx", Kind.OBJECT, f -> "/people/" + f.personId() + "/export.xlsx");
        page("GET", "/people/{id}/anonymize", Kind.OBJECT, f -> "/people/" + f.personId() + "/anonymize");
        page(
                "POST",
                "/people/{id}/anonymize",
                Kind.OBJECT,
                f -> "/people/" + f.personId() + "/anonymize",
                f -> Map.of("reason", "Intruder", "confirmed", "true", "version", "0"));
        page("GET", "/personal-data/destructions", Kind.LIST, f -> "/personal-data/destructions");

        page("GET", "/roadmaps", Kind.LIST, f -> "/roadmaps");
        page("GET", "/roadmaps/new", Kind.LIST, f -> "/roadmaps/new?unit=" + f.organizationId());
        page(
                "POST",
                "/roadmaps/new",
                Kind.CREATE,
                f -> "/roadmaps/new",
                f -> Map.of(
                        "ownerUnitId", String.valueOf(f.organizationId()),
                        "title", "Intruder",
                        "periodFrom", "2025-01-01",
                        "periodTo", "2025-12-31",
                        "table", ROADMAP_TABLE,
                        "action", "save"));
        // a Word roadmap uploaded for another unit's roadmap: refused before it is read
        matrix.add(new Endpoint(
                "POST",
                "/roadmaps/new/docx",
                Kind.CREATE,
                f -> "/roadmaps/new/docx",
                f -> Map.of("ownerUnitId", String.valueOf(f.organizationId()), "title", "Intruder"),
                null,
                RoadmapDocuments.seed("municipal").docx()));
        page("GET", "/roadmaps/{id}", Kind.OBJECT, f -> "/roadmaps/" + f.roadmapId());
        api(
                "POST",
                "/api/v1/roadmaps/preview",
                Kind.CREATE,
                f -> "/api/v1/roadmaps/preview",
                AccessMatrixIT::roadmapJson);
        api("POST", "/api/v1/roadmaps", Kind.CREATE, f -> "/api/v1/roadmaps", AccessMatrixIT::roadmapJson);
        // reading a Word file involves no unit: refused to those who keep no roadmaps, otherwise answered
        own("POST", "/api/v1/roadmaps/docx");
        api("GET", "/api/v1/roadmaps", Kind.LIST, f -> "/api/v1/roadmaps");
        api("GET", "/api/v1/roadmaps/{id}", Kind.OBJECT, f -> "/api/v1/roadmaps/" + f.roadmapId());
        page(
                "GET",
                "/roadmaps/{id}/export.{format:docx|pdf|xlsx}",
                Kind.OBJECT,
                f -> "/roadmaps/" + f.roadmapId() + "/export.docx");
        api(
                "GET",
                "/api/v1/roadmaps/{id}/export.{format:docx|pdf|xlsx}",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId() + "/export.pdf");
        page(
                "POST",
                "/roadmaps/{id}/status",
                Kind.OBJECT,
                f -> "/roadmaps/" + f.roadmapId() + "/status",
                f -> Map.of(
                        "status", "APPROVED", "orderNumber", "Intruder", "orderDate", "2025-01-10", "version", "0"));
        api(
                "POST",
                "/api/v1/roadmaps/{id}/status",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId() + "/status",
                f ->
                        "{\"status\":\"APPROVED\",\"orderNumber\":\"Intruder\",\"orderDate\":\"2025-01-10\",\"version\":0}");
        page("GET", "/roadmaps/{id}/items/new", Kind.OBJECT, f -> "/roadmaps/" + f.roadmapId() + "/items/new");
        page(
                "POST",
                "/roadmaps/{id}/items/new",
                Kind.OBJECT,
                f -> "/roadmaps/" + f.roadmapId() + "/items/new",
                f -> Map.of("activity", "Intruder"));
        api(
                "POST",
                "/api/v1/roadmaps/{id}/lines",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId() + "/lines",
                f -> "{\"activity\":\"Intruder\"}");
        page(
                "POST",
                "/roadmaps/{id}/describe",
                Kind.OBJECT,
                f -> "/roadmaps/" + f.roadmapId() + "/describe",
                f -> Map.of("title", "Intruder", "goal", "Intruder", "version", "0"));
        api(
                "PUT",
                "/api/v1/roadmaps/{id}",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId(),
                f -> "{\"title\":\"Intruder\",\"goal\":\"Intruder\",\"version\":0}");
        trackingEndpoints();
        cascadeEndpoints();
        own("GET", "/notifications");
        own("POST", "/notifications/read-all");
        page("POST", "/notifications/{id}/read", Kind.OBJECT, f -> "/notifications/" + notificationOf(f) + "/read");

        bankEndpoints();
        mentorshipEndpoints();
        pairsOrderEndpoints();
        documentEndpoints();
        matchingEndpoints();

        page("GET", "/audit", Kind.LIST, f -> "/audit?entity=person&id=" + f.personId());
        page("POST", "/audit/verify", Kind.OBJECT, f -> "/audit/verify");

        api("GET", "/api/v1/units", Kind.LIST, f -> "/api/v1/units");
        api("GET", "/api/v1/units/{id}", Kind.OBJECT, f -> "/api/v1/units/" + f.unitId());
        api("PUT", "/api/v1/units/{id}", Kind.OBJECT, f -> "/api/v1/units/" + f.unitId(), f -> UNIT_JSON);
        api(
                "POST",
                "/api/v1/units/{parentId}/children",
                Kind.OBJECT,
                f -> "/api/v1/units/" + f.unitId() + "/children",
                f -> UNIT_JSON);
        api("POST", "/api/v1/units/{id}/archive", Kind.OBJECT, f -> "/api/v1/units/" + f.organizationId() + "/archive");
        api("POST", "/api/v1/units/{id}/restore", Kind.OBJECT, f -> "/api/v1/units/" + f.organizationId() + "/restore");
        api("GET", "/api/v1/people", Kind.LIST, f -> "/api/v1/people?organizationId=" + f.organizationId());
        api("GET", "/api/v1/people/{id}", Kind.OBJECT, f -> "/api/v1/people/" + f.personId());
        api("PUT", "/api/v1/people/{id}", Kind.OBJECT, f -> "/api/v1/people/" + f.personId(), f -> PERSON_JSON);
        api(
                "POST",
                "/api/v1/people",
                Kind.CREATE,
                f -> "/api/v1/people",
                f -> PERSON_JSON.replace(
                        "\"version\":0",
                        "\"version\":0,\"organizationId\":" + f.organizationId() + ",\"positionId\":1"));
        api("GET", "/api/v1/people/{id}/roles", Kind.OBJECT, f -> "/api/v1/people/" + f.personId() + "/roles");
        api(
                "POST",
                "/api/v1/role-assignments",
                Kind.CREATE,
                f -> "/api/v1/role-assignments",
                f -> "{\"personId\":" + f.personId() + ",\"role\":\"CURATOR\",\"unitId\":" + f.organizationId() + "}");
        api(
                "DELETE",
                "/api/v1/role-assignments/{id}",
                Kind.OBJECT,
                f -> "/api/v1/role-assignments/" + f.roleAssignmentId());
        api(
                "POST",
                "/api/v1/people/{id}/account",
                Kind.OBJECT,
                f -> "/api/v1/people/" + f.personId() + "/account",
                f -> "{\"email\":\"intruder" + f.personId()
                        + "@example.org\",\"password\":\"a long intruder passphrase\"}");
        api(
                "POST",
                "/api/v1/people/{id}/account/disable",
                Kind.OBJECT,
                f -> "/api/v1/people/" + f.personId() + "/account/disable");
        api(
                "POST",
                "/api/v1/people/{id}/account/enable",
                Kind.OBJECT,
                f -> "/api/v1/people/" + f.personId() + "/account/enable");
    }

    /** Due dates, evidence and corrections of another unit's roadmap (its one item is at position 1). */
    private void trackingEndpoints() {
        page("GET", "/roadmaps/due", Kind.LIST, f -> "/roadmaps/due?unit=" + f.organizationId());
        // the month of the other unit's one due date (31.05.2025), filtered to that unit
        page(
                "GET",
                "/roadmaps/calendar",
                Kind.LIST,
                f -> "/roadmaps/calendar?month=2025-05&unit=" + f.organizationId());
        page("GET", "/roadmaps/calendar.ics", Kind.LIST, f -> "/roadmaps/calendar.ics?unit=" + f.organizationId());
        api(
                "GET",
                "/api/v1/roadmaps/calendar.ics",
                Kind.LIST,
                f -> "/api/v1/roadmaps/calendar.ics?unitId=" + f.organizationId());
        // the caller's own subscription link; its feed answers with the rights of the link's person
        // (CalendarTokenIT: within their scope, gone when revoked or the account is disabled)
        own("POST", "/roadmaps/calendar/subscription");
        own("POST", "/roadmaps/calendar/subscription/off");
        own("POST", "/api/v1/calendar/token");
        own("DELETE", "/api/v1/calendar/token");
        own("GET", "/calendar/{token}.ics");
        page("GET", "/roadmaps/dates/{id}", Kind.OBJECT, f -> "/roadmaps/dates/" + dueOf(f));
        page(
                "POST",
                "/roadmaps/dates/{id}/status",
                Kind.OBJECT,
                f -> "/roadmaps/dates/" + dueOf(f) + "/status",
                f -> Map.of("status", "DONE", "version", "0"));
        page(
                "POST",
                "/roadmaps/dates/{id}/evidence",
                Kind.OBJECT,
                f -> "/roadmaps/dates/" + dueOf(f) + "/evidence",
                f -> Map.of("url", "https://intruder.example.org", "note", "Intruder"));
        page("GET", "/roadmaps/evidence/{id}", Kind.OBJECT, f -> "/roadmaps/evidence/" + evidenceOf(f));
        page(
                "GET",
                "/roadmaps/{id}/items/{position}/deadline",
                Kind.OBJECT,
                f -> "/roadmaps/" + f.roadmapId() + "/items/1/deadline");
        page(
                "POST",
                "/roadmaps/{id}/items/{position}/deadline",
                Kind.OBJECT,
                f -> "/roadmaps/" + f.roadmapId() + "/items/1/deadline",
                f -> Map.of("text", "01.02.2025"));
        page("GET", "/roadmaps/{id}/items/{position}", Kind.OBJECT, f -> "/roadmaps/" + f.roadmapId() + "/items/1");
        page(
                "POST",
                "/roadmaps/{id}/items/{position}",
                Kind.OBJECT,
                f -> "/roadmaps/" + f.roadmapId() + "/items/1",
                f -> Map.of("activity", "Intruder", "version", "0"));
        api(
                "GET",
                "/api/v1/roadmaps/{id}/lines/{position}",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId() + "/lines/1");
        api(
                "GET",
                "/api/v1/roadmaps/{id}/lines/{position}/history",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId() + "/lines/1/history");
        api(
                "PUT",
                "/api/v1/roadmaps/{id}/lines/{position}",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId() + "/lines/1",
                f -> "{\"activity\":\"Intruder\",\"version\":0}");
        api(
                "GET",
                "/api/v1/roadmaps/{id}/due-dates",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId() + "/due-dates");
        api("GET", "/api/v1/roadmap-due-dates/{id}", Kind.OBJECT, f -> "/api/v1/roadmap-due-dates/" + dueOf(f));
        api(
                "POST",
                "/api/v1/roadmap-due-dates/{id}/status",
                Kind.OBJECT,
                f -> "/api/v1/roadmap-due-dates/" + dueOf(f) + "/status",
                f -> "{\"status\":\"DONE\",\"version\":0}");
        api(
                "POST",
                "/api/v1/roadmap-due-dates/{id}/evidence",
                Kind.OBJECT,
                f -> "/api/v1/roadmap-due-dates/" + dueOf(f) + "/evidence",
                f -> "{\"url\":\"https://intruder.example.org\",\"note\":\"Intruder\"}");
        api(
                "PUT",
                "/api/v1/roadmaps/{id}/items/{position}/deadline",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId() + "/items/1/deadline",
                f -> "{\"text\":\"01.02.2025\"}");
        api(
                "GET",
                "/api/v1/roadmap-due-dates/overdue",
                Kind.LIST,
                f -> "/api/v1/roadmap-due-dates/overdue?unitId=" + f.organizationId());
        api(
                "GET",
                "/api/v1/roadmap-due-dates/this-week",
                Kind.LIST,
                f -> "/api/v1/roadmap-due-dates/this-week?unitId=" + f.organizationId());
    }

    /**
     * The cascade: a requirement of the foreign organization's municipality (its roadmap «Matrix
     * cascade», item 1), the organization's fulfilment with an evidence file, and templates.
     */
    private void cascadeEndpoints() {
        page("GET", "/roadmaps/cascade", Kind.LIST, f -> "/roadmaps/cascade");
        page(
                "GET",
                "/roadmaps/cascade/export.xlsx",
                Kind.LIST,
                f -> "/roadmaps/cascade/export.xlsx?roadmap=" + cascadeOf(f)[0]);
        page(
                "GET",
                "/roadmaps/{id}/items/{position}/requirement",
                Kind.OBJECT,
                f -> "/roadmaps/" + cascadeOf(f)[0] + "/items/1/requirement");
        page(
                "POST",
                "/roadmaps/{id}/items/{position}/requirement",
                Kind.OBJECT,
                f -> "/roadmaps/" + cascadeOf(f)[0] + "/items/1/requirement",
                f -> Map.of("dueOn", "2025-01-10", "types", "SCHOOL", "version", "0"));
        page(
                "POST",
                "/roadmaps/{id}/items/{position}/requirement/{action:withdraw|restore}",
                Kind.OBJECT,
                f -> "/roadmaps/" + cascadeOf(f)[0] + "/items/1/requirement/withdraw",
                f -> Map.of("reason", "Intruder", "version", "0"));
        page("GET", "/roadmaps/cascade/{requirementId}/{organizationId}", Kind.OBJECT, this::fulfilmentOf);
        page(
                "POST",
                "/roadmaps/cascade/{requirementId}/{organizationId}/status",
                Kind.OBJECT,
                f -> fulfilmentOf(f) + "/status",
                f -> Map.of("status", "DONE", "version", "0"));
        page(
                "POST",
                "/roadmaps/cascade/{requirementId}/{organizationId}/evidence",
                Kind.OBJECT,
                f -> fulfilmentOf(f) + "/evidence",
                f -> Map.of("url", "https://intruder.example.org", "note", "Intruder"));
        page(
                "GET",
                "/roadmaps/cascade/evidence/{id}",
                Kind.OBJECT,
                f -> "/roadmaps/cascade/evidence/" + cascadeOf(f)[2]);
        page("GET", "/roadmaps/templates", Kind.LIST, f -> "/roadmaps/templates?unit=" + f.organizationId());
        page(
                "POST",
                "/roadmaps/{id}/template",
                Kind.OBJECT,
                f -> "/roadmaps/" + f.roadmapId() + "/template",
                f -> Map.of("template", "true", "version", "0"));
        api("GET", "/api/v1/roadmaps/cascade", Kind.LIST, f -> "/api/v1/roadmaps/cascade");
        api(
                "GET",
                "/api/v1/roadmaps/cascade/export.xlsx",
                Kind.LIST,
                f -> "/api/v1/roadmaps/cascade/export.xlsx?roadmapId=" + cascadeOf(f)[0] + "&withdrawn=true");
        api(
                "GET",
                "/api/v1/roadmaps/{id}/requirements",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + cascadeOf(f)[0] + "/requirements");
        api(
                "PUT",
                "/api/v1/roadmaps/{id}/items/{position}/requirement",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + cascadeOf(f)[0] + "/items/1/requirement",
                f -> "{\"dueOn\":\"2025-01-10\",\"types\":[\"SCHOOL\"],\"version\":0}");
        api(
                "POST",
                "/api/v1/roadmap-requirements/{id}/withdraw",
                Kind.OBJECT,
                f -> "/api/v1/roadmap-requirements/" + cascadeOf(f)[1] + "/withdraw",
                f -> "{\"reason\":\"Intruder\",\"version\":0}");
        api(
                "POST",
                "/api/v1/roadmap-requirements/{id}/restore",
                Kind.OBJECT,
                f -> "/api/v1/roadmap-requirements/" + cascadeOf(f)[1] + "/restore",
                f -> "{\"version\":0}");
        api(
                "GET",
                "/api/v1/roadmap-requirements/{id}/organizations/{organizationId}",
                Kind.OBJECT,
                f -> "/api/v1/roadmap-requirements/" + cascadeOf(f)[1] + "/organizations/" + f.organizationId());
        api(
                "POST",
                "/api/v1/roadmap-requirements/{id}/organizations/{organizationId}/status",
                Kind.OBJECT,
                f -> "/api/v1/roadmap-requirements/" + cascadeOf(f)[1] + "/organizations/" + f.organizationId()
                        + "/status",
                f -> "{\"status\":\"DONE\",\"version\":0}");
        api(
                "POST",
                "/api/v1/roadmap-requirements/{id}/organizations/{organizationId}/evidence",
                Kind.OBJECT,
                f -> "/api/v1/roadmap-requirements/" + cascadeOf(f)[1] + "/organizations/" + f.organizationId()
                        + "/evidence",
                f -> "{\"url\":\"https://intruder.example.org\",\"note\":\"Intruder\"}");
        api(
                "GET",
                "/api/v1/roadmaps/templates",
                Kind.LIST,
                f -> "/api/v1/roadmaps/templates?unitId=" + f.organizationId());
        api(
                "POST",
                "/api/v1/roadmaps/from-template",
                Kind.CREATE,
                f -> "/api/v1/roadmaps/from-template",
                f -> "{\"ownerUnitId\":" + f.organizationId() + ",\"template\":\"school\",\"title\":\"Intruder\"}");
        api(
                "PUT",
                "/api/v1/roadmaps/{id}/template",
                Kind.OBJECT,
                f -> "/api/v1/roadmaps/" + f.roadmapId() + "/template",
                f -> "{\"template\":true,\"version\":0}");
    }

    /** The cascade objects of each foreign organization: {roadmap, requirement, evidence file}. */
    final Map<Long, long[]> cascades = new java.util.HashMap<>();

    private String fulfilmentOf(Foreign f) {
        return "/roadmaps/cascade/" + cascadeOf(f)[1] + "/" + f.organizationId();
    }

    /**
     * A roadmap «Matrix cascade» of the foreign organization's parent unit whose item 1 is required
     * of its organizations by 31.05.2025, and the foreign organization's planned fulfilment of it with
     * a file as evidence; created once per organization.
     */
    private long[] cascadeOf(Foreign f) {
        return cascades.computeIfAbsent(f.organizationId(), org -> {
            long parent = structure.find(org).orElseThrow().parentId();
            long[] roadmap = new long[1];
            AccessService.asSystem(() -> roadmap[0] = roadmaps.create(new RoadmapDraft(
                    parent, "Matrix cascade", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ROADMAP_TABLE)));
            long requirement = jdbc.sql("select nextval('roadmap_requirement_seq')")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into roadmap_requirement (id, roadmap_id, position, owner_path, due_on, changed_by)"
                            + " select ?, id, 1, owner_path, '2025-05-31', 'system' from roadmap where id = ?")
                    .params(requirement, roadmap[0])
                    .update();
            jdbc.sql("insert into roadmap_fulfilment (id, requirement_id, organization_id, organization_path)"
                            + " select nextval('roadmap_fulfilment_seq'), ?, id, path from unit where id = ?")
                    .params(requirement, org)
                    .update();
            long evidence = jdbc.sql("select nextval('roadmap_evidence_seq')")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into roadmap_evidence (id, fulfilment_id, file_name, content_type, size_bytes, content,"
                            + " created_by) select ?, id, 'cascade.txt', 'text/plain', 5, ?, 'system'"
                            + " from roadmap_fulfilment where requirement_id = ?")
                    .params(evidence, "Zz-ev".getBytes(java.nio.charset.StandardCharsets.UTF_8), requirement)
                    .update();
            return new long[] {roadmap[0], requirement, evidence};
        });
    }

    private long dueOf(Foreign f) {
        return jdbc.sql("select min(id) from roadmap_due where roadmap_id = ?")
                .param(f.roadmapId())
                .query(Long.class)
                .single();
    }

    private long notificationOf(Foreign f) {
        return jdbc.sql("select min(id) from notification where person_id = ?")
                .param(f.personId())
                .query(Long.class)
                .single();
    }

    private long evidenceOf(Foreign f) {
        return jdbc.sql("select min(id) from roadmap_evidence where due_id = ?")
                .param(dueOf(f))
                .query(Long.class)
                .single();
    }

    /** Any signed order: a registration into another unit is refused before the file is checked. */
    static final byte[] ORDER_FILE = "%PDF-1.4 order".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    /** The orders registry (another unit's order answers 404) and the administrators' order templates. */
    private void documentEndpoints() {
        page("GET", "/documents/orders", Kind.LIST, f -> "/documents/orders?unit=" + f.organizationId());
        page("GET", "/documents/orders/new", Kind.LIST, f -> "/documents/orders/new?unit=" + f.organizationId());
        matrix.add(new Endpoint(
                "POST",
                "/documents/orders/new",
                Kind.CREATE,
                f -> "/documents/orders/new",
                AccessMatrixIT::intruderOrder,
                null,
                ORDER_FILE));
        page("GET", "/documents/orders/{id}/file", Kind.OBJECT, f -> "/documents/orders/" + orderOf(f) + "/file");
        api("GET", "/api/v1/orders", Kind.LIST, f -> "/api/v1/orders?unit=" + f.organizationId());
        matrix.add(new Endpoint(
                "POST",
                "/api/v1/orders",
                Kind.CREATE,
                f -> "/api/v1/orders",
                AccessMatrixIT::intruderOrder,
                f -> "",
                ORDER_FILE));
        api(
                "GET",
                "/api/v1/orders/next-number",
                Kind.OBJECT,
                f -> "/api/v1/orders/next-number?unitId=" + f.organizationId());
        api("GET", "/api/v1/orders/{id}", Kind.OBJECT, f -> "/api/v1/orders/" + orderOf(f));
        api("GET", "/api/v1/orders/{id}/file", Kind.OBJECT, f -> "/api/v1/orders/" + orderOf(f) + "/file");
        // templates belong to no unit: administrators only, 403 for every role here
        page("GET", "/documents/templates", Kind.OBJECT, f -> "/documents/templates");
        page("GET", "/documents/templates/{type}", Kind.OBJECT, f -> "/documents/templates/OTHER");
        page(
                "POST",
                "/documents/templates/{type}",
                Kind.OBJECT,
                f -> "/documents/templates/OTHER",
                f -> Map.of("title", "Intruder", "clauses", "Intruder", "signerPosition", "Intruder", "version", "0"));
        page(
                "POST",
                "/documents/templates/{type}/reset",
                Kind.OBJECT,
                f -> "/documents/templates/OTHER/reset",
                f -> Map.of("version", "1"));
        page(
                "GET",
                "/documents/templates/{type}/sample.{format:docx|pdf}",
                Kind.OBJECT,
                f -> "/documents/templates/OTHER/sample.pdf");
        api("GET", "/api/v1/documents/templates", Kind.OBJECT, f -> "/api/v1/documents/templates");
        api("GET", "/api/v1/documents/templates/{type}", Kind.OBJECT, f -> "/api/v1/documents/templates/OTHER");
        api(
                "PUT",
                "/api/v1/documents/templates/{type}",
                Kind.OBJECT,
                f -> "/api/v1/documents/templates/OTHER",
                f -> "{\"title\":\"Intruder\",\"clauses\":\"Intruder\",\"signerPosition\":\"Intruder\",\"version\":0}");
    }

    private static Map<String, String> intruderOrder(Foreign f) {
        return Map.of(
                "unitId", String.valueOf(f.organizationId()),
                "type", "OTHER",
                "number", "Intruder-1",
                "date", LocalDate.now().minusDays(1).toString(),
                "title", "Intruder");
    }

    /** An order registered in the foreign organization (once), for the object endpoints. */
    private long orderOf(Foreign f) {
        jdbc.sql("insert into document_order (id, unit_id, unit_path, type, number, order_date, title, search_text,"
                        + " file, file_name, content_type, size_bytes, source, registered_by)"
                        + " select nextval('document_order_seq'), u.id, u.path, 'OTHER', 'Zzmarker-1', current_date,"
                        + " 'Zzmarker order', 'zzmarker-1 zzmarker order', ?, 'zz.pdf', 'application/pdf', ?, 'UPLOADED',"
                        + " 'matrix' from unit u where u.id = ? and not exists (select 1 from document_order o"
                        + " where o.unit_id = u.id and o.number = 'Zzmarker-1')")
                .params(ORDER_FILE, ORDER_FILE.length, f.organizationId())
                .update();
        return jdbc.sql("select id from document_order where unit_id = ? and number = 'Zzmarker-1'")
                .param(f.organizationId())
                .query(Long.class)
                .single();
    }

    private void bankEndpoints() {
        page("GET", "/bank/import", Kind.LIST, f -> "/bank/import?unit=" + f.organizationId());
        matrix.add(new Endpoint(
                "GET",
                "/bank/import/template/{bank}.xlsx",
                Kind.OWN,
                f -> "/bank/import/template/mentees.xlsx",
                f -> Map.of(),
                null));
        own("GET", "/bank/import/report.xlsx");
        // a bank file uploaded into another unit: refused before it is read
        matrix.add(new Endpoint(
                "POST",
                "/bank/import",
                Kind.CREATE,
                f -> "/bank/import",
                f -> Map.of("bank", "mentors", "unit", String.valueOf(f.organizationId())),
                null,
                BANK_FILE));
        matrix.add(new Endpoint(
                "POST",
                "/api/v1/{bank:mentors|mentees}/import",
                Kind.CREATE,
                f -> "/api/v1/mentees/import",
                f -> Map.of("unitId", String.valueOf(f.organizationId())),
                f -> "",
                BANK_FILE));
        page("GET", "/bank/mentors", Kind.LIST, f -> "/bank/mentors?org=" + f.organizationId());
        page("GET", "/bank/mentees", Kind.LIST, f -> "/bank/mentees?org=" + f.organizationId());
        page("GET", "/bank/mentees/deficits", Kind.LIST, f -> "/bank/mentees/deficits?org=" + f.organizationId());
        page("GET", "/bank/coverage", Kind.LIST, f -> "/bank/coverage");
        own("GET", "/bank/settings");
        page(
                "GET",
                "/bank/{bank:mentors|mentees}/export.xlsx",
                Kind.LIST,
                f -> "/bank/mentors/export.xlsx?org=" + f.organizationId());
        page("GET", "/bank/settings/{id}", Kind.OBJECT, f -> "/bank/settings/" + f.unitId());
        page(
                "POST",
                "/bank/settings/{id}",
                Kind.OBJECT,
                f -> "/bank/settings/" + f.unitId(),
                f -> Map.of("defaultCapacity", "29", "deadlineDay", "1", "deadlineMonth", "10", "version", "0"));
        api("GET", "/api/v1/coverage", Kind.LIST, f -> "/api/v1/coverage");
        page("GET", "/bank/person/{id}", Kind.OBJECT, f -> "/bank/person/" + f.personId());
        page("GET", "/bank/mentors/new", Kind.OBJECT, f -> "/bank/mentors/new?person=" + f.personId());
        page("GET", "/bank/mentees/new", Kind.OBJECT, f -> "/bank/mentees/new?person=" + f.personId());
        page(
                "POST",
                "/bank/mentors/new",
                Kind.CREATE,
                f -> "/bank/mentors/new?person=" + f.personId(),
                f -> Map.of(
                        "organizationId", String.valueOf(f.organizationId()),
                        "capacity", "2",
                        "formats", "REMOTE",
                        "status", "PAUSED"));
        page(
                "POST",
                "/bank/mentees/new",
                Kind.CREATE,
                f -> "/bank/mentees/new?person=" + f.personId(),
                f -> Map.of(
                        "organizationId", String.valueOf(f.organizationId()),
                        "category", "BURNOUT",
                        "status", "PAUSED",
                        "bothRoles", "true"));
        page(
                "POST",
                "/bank/{bank:mentors|mentees}/confirm",
                Kind.OBJECT,
                f -> "/bank/mentors/confirm",
                f -> Map.of("ids", String.valueOf(f.mentorId())));
        for (String bank : List.of("mentors", "mentees")) {
            Function<Foreign, Long> id = bank.equals("mentors") ? Foreign::mentorId : Foreign::menteeId;
            page("GET", "/bank/" + bank + "/{id}", Kind.OBJECT, f -> "/bank/" + bank + "/" + id.apply(f));
            page(
                    "GET",
                    "/bank/" + bank + "/{id}/edit",
                    Kind.OBJECT,
                    f -> "/bank/" + bank + "/" + id.apply(f) + "/edit");
            page(
                    "POST",
                    "/bank/" + bank + "/{id}/edit",
                    Kind.OBJECT,
                    f -> "/bank/" + bank + "/" + id.apply(f) + "/edit",
                    f -> Map.of("capacity", "1", "category", "BURNOUT", "status", "PAUSED", "formats", "REMOTE"));
            api("GET", "/api/v1/" + bank, Kind.LIST, f -> "/api/v1/" + bank + "?org=" + f.organizationId());
            api("GET", "/api/v1/" + bank + "/{id}", Kind.OBJECT, f -> "/api/v1/" + bank + "/" + id.apply(f));
            api(
                    "PUT",
                    "/api/v1/" + bank + "/{id}",
                    Kind.OBJECT,
                    f -> "/api/v1/" + bank + "/" + id.apply(f),
                    f -> "{\"capacity\":1,\"category\":\"BURNOUT\",\"status\":\"PAUSED\",\"formats\":[\"REMOTE\"]}");
            api(
                    "POST",
                    "/api/v1/" + bank + "/confirm",
                    Kind.OBJECT,
                    f -> "/api/v1/" + bank + "/confirm",
                    f -> "{\"ids\":[" + id.apply(f) + "]}");
        }
        api(
                "POST",
                "/api/v1/mentors",
                Kind.CREATE,
                f -> "/api/v1/mentors",
                f -> "{\"personId\":" + f.personId() + ",\"organizationId\":" + f.organizationId()
                        + ",\"capacity\":1,\"status\":\"PAUSED\",\"formats\":[\"REMOTE\"]}");
        api(
                "POST",
                "/api/v1/mentees",
                Kind.CREATE,
                f -> "/api/v1/mentees",
                f -> "{\"personId\":" + f.personId() + ",\"organizationId\":" + f.organizationId()
                        + ",\"category\":\"BURNOUT\",\"status\":\"PAUSED\",\"bothRoles\":true}");
        page(
                "POST",
                "/bank/mentors/{id}/achievements",
                Kind.OBJECT,
                f -> "/bank/mentors/" + f.mentorId() + "/achievements",
                f -> Map.of("title", "Intruder", "year", "2020"));
        page(
                "POST",
                "/bank/mentors/{id}/trainings",
                Kind.OBJECT,
                f -> "/bank/mentors/" + f.mentorId() + "/trainings",
                f -> Map.of("course", "Intruder", "hours", "16", "completedOn", "2025-01-01"));
        page(
                "POST",
                "/bank/mentors/{id}/{what:achievement|training}/{entry}/delete",
                Kind.OBJECT,
                f -> "/bank/mentors/" + f.mentorId() + "/training/1/delete");
        page(
                "POST",
                "/bank/mentors/{id}/contest/{level:municipal|region}/nominate",
                Kind.OBJECT,
                f -> "/bank/mentors/" + f.mentorId() + "/contest/municipal/nominate");
        page(
                "POST",
                "/bank/mentors/{id}/contest/{level:municipal|region}/decision",
                Kind.OBJECT,
                f -> "/bank/mentors/" + f.mentorId() + "/contest/region/decision",
                f -> Map.of("selected", "true", "protocol", "Intruder", "decidedOn", "2026-01-10"));
        api(
                "POST",
                "/api/v1/mentors/{id}/contest/{level:municipal|region}/nomination",
                Kind.OBJECT,
                f -> "/api/v1/mentors/" + f.mentorId() + "/contest/region/nomination",
                f -> "{}");
        api(
                "POST",
                "/api/v1/mentors/{id}/contest/{level:municipal|region}/decision",
                Kind.OBJECT,
                f -> "/api/v1/mentors/" + f.mentorId() + "/contest/municipal/decision",
                f -> "{\"selected\": true, \"protocol\": \"Intruder\", \"decidedOn\": \"2026-01-10\"}");
        page(
                "GET",
                "/bank/mentees/{id}/self-assessment",
                Kind.OBJECT,
                f -> "/bank/mentees/" + f.menteeId() + "/self-assessment");
        page(
                "POST",
                "/bank/mentees/{id}/self-assessment",
                Kind.OBJECT,
                f -> "/bank/mentees/" + f.menteeId() + "/self-assessment",
                f -> Map.of("requestText", "Intruder"));
    }

    private void mentorshipEndpoints() {
        page("GET", "/pairs", Kind.LIST, f -> "/pairs?unit=" + f.unitId());
        page("GET", "/pairs/waiting", Kind.LIST, f -> "/pairs/waiting?unit=" + f.unitId());
        page("GET", "/pairs/new", Kind.OBJECT, f -> "/pairs/new?org=" + f.organizationId());
        page("POST", "/pairs/new", Kind.CREATE, f -> "/pairs/new", this::pairForm);
        page("GET", "/pairs/{id}", Kind.OBJECT, f -> "/pairs/" + f.mentorshipId());
        page("GET", "/pairs/{id}/edit", Kind.OBJECT, f -> "/pairs/" + f.mentorshipId() + "/edit");
        page("POST", "/pairs/{id}/edit", Kind.OBJECT, f -> "/pairs/" + f.mentorshipId() + "/edit", this::pairForm);
        for (String action : List.of(
                "request-consents",
                "return-to-draft",
                "delete",
                "consent",
                "replacement-request",
                "replace",
                "resign",
                "complete",
                "terminate")) {
            page(
                    "POST",
                    "/pairs/{id}/" + action,
                    Kind.OBJECT,
                    f -> "/pairs/" + f.mentorshipId() + "/" + action,
                    f -> Map.of(
                            "version", "0",
                            "reason", "Intruder",
                            "endedOn", "2025-10-01",
                            "resignedOn", "2025-10-01",
                            "replacedOn", "2025-10-01",
                            "mentorProfileId", String.valueOf(f.mentorId()),
                            "member", String.valueOf(f.mentorshipMemberId())));
        }
        page(
                "POST",
                "/pairs/{id}/members/{member}/consent",
                Kind.OBJECT,
                f -> "/pairs/" + f.mentorshipId() + "/members/" + f.mentorshipMemberId() + "/consent",
                f -> Map.of("consentOn", "2025-09-02"));
        page(
                "GET",
                "/pairs/{id}/members/{member}/scan",
                Kind.OBJECT,
                f -> "/pairs/" + f.mentorshipId() + "/members/" + f.mentorshipMemberId() + "/scan");
        api("GET", "/api/v1/pairs", Kind.LIST, f -> "/api/v1/pairs?unitId=" + f.unitId());
        api("GET", "/api/v1/pairs/waiting", Kind.LIST, f -> "/api/v1/pairs/waiting?unitId=" + f.unitId());
        api(
                "GET",
                "/api/v1/pairs/mentors",
                Kind.OBJECT,
                f -> "/api/v1/pairs/mentors?organizationId=" + f.organizationId());
        api("GET", "/api/v1/pairs/{id}", Kind.OBJECT, f -> "/api/v1/pairs/" + f.mentorshipId());
        api("POST", "/api/v1/pairs", Kind.CREATE, f -> "/api/v1/pairs", this::pairJson);
        api(
                "PUT",
                "/api/v1/pairs/{id}",
                Kind.OBJECT,
                f -> "/api/v1/pairs/" + f.mentorshipId(),
                f -> "{\"version\":0,\"draft\":" + pairJson(f) + "}");
        api("DELETE", "/api/v1/pairs/{id}", Kind.OBJECT, f -> "/api/v1/pairs/" + f.mentorshipId() + "?version=0");
        for (String action : List.of(
                "request-consents",
                "return-to-draft",
                "consent",
                "replacement-request",
                "replace",
                "resign",
                "complete",
                "terminate")) {
            api(
                    "POST",
                    "/api/v1/pairs/{id}/" + action,
                    Kind.OBJECT,
                    f -> "/api/v1/pairs/" + f.mentorshipId() + "/" + action,
                    f -> "{\"version\":0,\"reason\":\"Intruder\",\"text\":\"Intruder\",\"endedOn\":\"2025-10-01\","
                            + "\"resignedOn\":\"2025-10-01\",\"replacedOn\":\"2025-10-01\",\"mentorProfileId\":"
                            + f.mentorId() + ",\"memberId\":" + f.mentorshipMemberId() + "}");
        }
        api(
                "POST",
                "/api/v1/pairs/{id}/members/{memberId}/consent",
                Kind.OBJECT,
                f -> "/api/v1/pairs/" + f.mentorshipId() + "/members/" + f.mentorshipMemberId() + "/consent",
                f -> "{\"consentOn\":\"2025-09-02\"}");
    }

    private void pairsOrderEndpoints() {
        page("GET", "/pairs/match", Kind.OBJECT, f -> "/pairs/match?mentee=" + f.menteeId());
        page("GET", "/pairs/propose", Kind.OBJECT, f -> "/pairs/propose?unit=" + f.unitId());
        page(
                "POST",
                "/pairs/propose",
                Kind.CREATE,
                f -> "/pairs/propose",
                f -> Map.of(
                        "unit",
                        String.valueOf(f.unitId()),
                        "form",
                        "EXPERIENCED_YOUNG",
                        "plannedStart",
                        "2025-09-01",
                        "plannedEnd",
                        "2026-05-31",
                        "mentor_" + f.menteeId(),
                        String.valueOf(f.mentorId())));
        api("POST", "/api/v1/pairs/batch", Kind.CREATE, f -> "/api/v1/pairs/batch", f -> "[" + pairJson(f) + "]");
        page("GET", "/pairs/order", Kind.OBJECT, f -> "/pairs/order?org=" + f.organizationId());
        page(
                "POST",
                "/pairs/order",
                Kind.CREATE,
                f -> "/pairs/order",
                f -> Map.of(
                        "organizationId", String.valueOf(f.organizationId()),
                        "mentorshipIds", String.valueOf(f.mentorshipId()),
                        "number", "Intruder",
                        "date", "2025-10-01",
                        "signerName", "Intruder"));
        api(
                "GET",
                "/api/v1/pairs/orders/sheet",
                Kind.OBJECT,
                f -> "/api/v1/pairs/orders/sheet?organizationId=" + f.organizationId());
        api("POST", "/api/v1/pairs/orders/preview", Kind.OBJECT, f -> "/api/v1/pairs/orders/preview", this::orderJson);
        api("POST", "/api/v1/pairs/orders", Kind.CREATE, f -> "/api/v1/pairs/orders", this::orderJson);
    }

    private String orderJson(Foreign f) {
        return "{\"organizationId\":" + f.organizationId() + ",\"mentorshipIds\":[" + f.mentorshipId()
                + "],\"number\":\"Intruder\",\"date\":\"2025-10-01\",\"signerName\":\"Intruder\"}";
    }

    private Map<String, String> pairForm(Foreign f) {
        return Map.of(
                "organizationId", String.valueOf(f.organizationId()),
                "form", "EXPERIENCED_YOUNG",
                "kind", "TRADITIONAL",
                "plannedStart", "2025-09-01",
                "plannedEnd", "2026-05-31",
                "mentors", String.valueOf(f.mentorId()),
                "mentees", String.valueOf(f.menteeId()),
                "version", "0");
    }

    private String pairJson(Foreign f) {
        return "{\"organizationId\":" + f.organizationId() + ",\"form\":\"EXPERIENCED_YOUNG\",\"kind\":\"TRADITIONAL\","
                + "\"plannedStart\":\"2025-09-01\",\"plannedEnd\":\"2026-05-31\",\"mentors\":[{\"mentorProfileId\":"
                + f.mentorId() + "}],\"menteeProfileIds\":[" + f.menteeId() + "]}";
    }

    /** Matching: weights of another municipality, notes and candidates of another unit's mentee. */
    private void matchingEndpoints() {
        own("GET", "/matching/weights");
        page("GET", "/matching/weights/{id}", Kind.OBJECT, f -> "/matching/weights/" + f.unitId());
        page(
                "POST",
                "/matching/weights/{id}",
                Kind.OBJECT,
                f -> "/matching/weights/" + f.unitId(),
                f -> Map.of(
                        "subject",
                        "77",
                        "deficits",
                        "1",
                        "experience",
                        "1",
                        "organization",
                        "1",
                        "capacity",
                        "1",
                        "format",
                        "1",
                        "compatibility",
                        "1",
                        "version",
                        "0"));
        api(
                "GET",
                "/api/v1/matching/weights/{municipalityId}",
                Kind.OBJECT,
                f -> "/api/v1/matching/weights/" + f.unitId());
        api(
                "PUT",
                "/api/v1/matching/weights/{municipalityId}",
                Kind.OBJECT,
                f -> "/api/v1/matching/weights/" + f.unitId(),
                f -> "{\"subject\":77,\"deficits\":1,\"experience\":1,\"organization\":1,\"capacity\":1,"
                        + "\"format\":1,\"compatibility\":1,\"version\":0}");
        page(
                "GET",
                "/matching/compatibility",
                Kind.OBJECT,
                f -> "/matching/compatibility?mentor=" + f.mentorId() + "&mentee=" + f.menteeId());
        page(
                "POST",
                "/matching/compatibility",
                Kind.OBJECT,
                f -> "/matching/compatibility?mentor=" + f.mentorId() + "&mentee=" + f.menteeId(),
                f -> Map.of("verdict", "INCOMPATIBLE", "comment", "Intruder", "version", "0"));
        api(
                "GET",
                "/api/v1/matching/compatibility/{mentorProfileId}/{menteeProfileId}",
                Kind.OBJECT,
                f -> "/api/v1/matching/compatibility/" + f.mentorId() + "/" + f.menteeId());
        api(
                "PUT",
                "/api/v1/matching/compatibility/{mentorProfileId}/{menteeProfileId}",
                Kind.OBJECT,
                f -> "/api/v1/matching/compatibility/" + f.mentorId() + "/" + f.menteeId(),
                f -> "{\"verdict\":\"INCOMPATIBLE\",\"comment\":\"Intruder\",\"version\":0}");
        api(
                "GET",
                "/api/v1/matching/mentees/{menteeProfileId}/candidates",
                Kind.OBJECT,
                f -> "/api/v1/matching/mentees/" + f.menteeId() + "/candidates");
        api(
                "GET",
                "/api/v1/matching/proposal",
                Kind.OBJECT,
                f -> "/api/v1/matching/proposal?unitId=" + f.organizationId());
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
        foreignJob = StaffImports.jobPath(
                WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL),
                school12.id(),
                StaffWorkbooks.valid(1, 902),
                "other.xlsx");
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
                    ? WebSession.signInWithSecondFactor(port, actor.email(), TOTP_SECRET)
                    : WebSession.signIn(port, actor.email());
            for (Endpoint endpoint : matrix) {
                if (endpoint.kind() == Kind.OWN) {
                    continue;
                }
                String path = endpoint.path().apply(actor.foreign());
                HttpResponse<String> response = endpoint.upload() != null && endpoint.json() != null
                        ? WebSession.apiUpload(
                                port,
                                path,
                                actor.email(),
                                endpoint.form().apply(actor.foreign()),
                                "bank.xlsx",
                                endpoint.upload())
                        : endpoint.upload() != null
                                ? session.upload(
                                        path,
                                        endpoint.form().apply(actor.foreign()),
                                        "file",
                                        "staff.xlsx",
                                        endpoint.upload())
                                : endpoint.json() == null
                                        ? session.send(
                                                endpoint.method(),
                                                path,
                                                endpoint.form().apply(actor.foreign()))
                                        : WebSession.api(
                                                port,
                                                endpoint.method(),
                                                path,
                                                actor.email(),
                                                jsonOrNull(endpoint, actor));
                int status = response.statusCode();
                String body = response.body() == null ? "" : response.body();
                if (endpoint.json() != null && status == 401 && actor.role().requiresSecondFactor()) {
                    continue;
                }
                boolean ok =
                        switch (endpoint.kind()) {
                            case OBJECT -> status == 403 || status == 404;
                            case CREATE ->
                                status == 403
                                        || status == 404
                                        || (status == 200 && body.contains("is-invalid"))
                                        || (status == 422 && endpoint.json() != null);
                            case LIST ->
                                (status == 200 || status == 403 || status == 404)
                                        && !body.contains(actor.foreign().marker())
                                        && !body.contains(actor.foreign().unitName());
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
        assertThat(jdbc.sql("select count(*) from role_assignment where revoked_at is not null"
                                + " and person_id in (select person_id from account where username like 'zzmarker%')")
                        .query(Long.class)
                        .single())
                .as("no role in another unit was revoked")
                .isZero();
        assertThat(jdbc.sql("select count(*) from account where username like 'intruder%' or (not enabled"
                                + " and username like 'zzmarker%')")
                        .query(Long.class)
                        .single())
                .as("no account in another unit was created or disabled")
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from person where last_name like 'Zzmarker%' and anonymized_on is not null")
                        .query(Long.class)
                        .single())
                .as("nobody in another unit was anonymized")
                .isZero();
        assertThat(jdbc.sql("select count(*) from consent where purpose = 'Intruder' or (purpose = 'Matrix'"
                                + " and withdrawn_on is not null)")
                        .query(Long.class)
                        .single())
                .as("no consent in another unit was added or withdrawn")
                .isZero();
        String foreigners = "(select id from person where last_name like 'Zzmarker%')";
        assertThat(jdbc.sql("select (select count(*) from mentor_profile where person_id in " + foreigners
                                + " and (confirmed_year is not null or version > 0 or contest_status <> 'NONE' or region_status <> 'NONE'))"
                                + " + (select count(*) from mentee_profile where person_id in " + foreigners
                                + " and (confirmed_year is not null or version > 0 or request_text is not null))"
                                + " + (select count(*) from mentor_training where course = 'Intruder')"
                                + " + (select count(*) from mentor_achievement where title = 'Intruder')")
                        .query(Long.class)
                        .single())
                .as("no mentor or mentee profile was changed, confirmed or nominated in another unit")
                .isZero();
        assertThat(jdbc.sql("select (select count(*) from mentor_profile where person_id in " + foreigners
                                + ") + (select count(*) from mentee_profile where person_id in " + foreigners + ")")
                        .query(Long.class)
                        .single())
                .as("no mentor or mentee profile was created in another unit")
                .isEqualTo(2
                        * jdbc.sql("select count(*) from person where last_name like 'Zzmarker%'")
                                .query(Long.class)
                                .single());
        String foreignPairs = "(select mentorship_id from mentorship_member where person_id in " + foreigners + ")";
        assertThat(jdbc.sql("select (select count(*) from mentorship where id in " + foreignPairs
                                + " and (version > 0 or status <> 'AWAITING_CONSENT'))"
                                + " + (select count(*) from mentorship_member where mentorship_id in " + foreignPairs
                                + " and (consent_on is not null or left_on is not null))"
                                + " + (select count(*) from mentorship_event where mentorship_id in " + foreignPairs
                                + ")")
                        .query(Long.class)
                        .single())
                .as("no pair of another unit was changed or consented")
                .isZero();
        assertThat(jdbc.sql("select count(*) from mentorship where id in " + foreignPairs)
                        .query(Long.class)
                        .single())
                .as("no pair was created in another unit")
                .isEqualTo(jdbc.sql("select count(*) from person where last_name like 'Zzmarker%'")
                        .query(Long.class)
                        .single());
        assertThat(jdbc.sql("select count(*) from bank_setting where default_capacity = 29")
                        .query(Long.class)
                        .single())
                .as("no municipality's bank settings were changed from outside")
                .isZero();
        assertThat(jdbc.sql("select count(*) from document_order where title = 'Intruder'")
                        .query(Long.class)
                        .single())
                .as("no order was registered for another unit")
                .isZero();
        assertThat(jdbc.sql("select count(*) from document_template where title = 'Intruder'")
                        .query(Long.class)
                        .single())
                .as("no order template was changed by a role other than the administrator")
                .isZero();
        assertThat(jdbc.sql("select count(*) from roadmap where title = 'Intruder'")
                        .query(Long.class)
                        .single())
                .as("no roadmap was created for another unit")
                .isZero();
        assertThat(jdbc.sql("select count(*) from roadmap where title like 'Zzmarker%'"
                                + " and (status <> 'DRAFT' or order_number is not null or version > 0)")
                        .query(Long.class)
                        .single())
                .as("no roadmap of another unit was approved, archived or changed")
                .isZero();
        assertThat(jdbc.sql("select (select count(*) from roadmap_due d join roadmap r on r.id = d.roadmap_id"
                                + " where r.title like 'Zzmarker%' and (d.status <> 'PLANNED' or d.due_on <> '2025-05-31'))"
                                + " + (select count(*) from roadmap_evidence where note = 'Intruder')"
                                + " + (select count(*) from roadmap_line where corrected_deadline is not null"
                                + " and roadmap_id in (select id from roadmap where title like 'Zzmarker%'))")
                        .query(Long.class)
                        .single())
                .as("no due date of another unit's roadmap was marked, corrected or given evidence")
                .isZero();
        String cascadeRoadmaps = "(select id from roadmap where title = 'Matrix cascade')";
        assertThat(jdbc.sql("select (select count(*) from roadmap_requirement where roadmap_id in " + cascadeRoadmaps
                                + " and (version > 0 or position <> 1 or due_on <> '2025-05-31' or org_types is not null"
                                + " or withdrawn_at is not null))"
                                + " + (select count(*) from roadmap_fulfilment f join roadmap_requirement q"
                                + " on q.id = f.requirement_id where q.roadmap_id in " + cascadeRoadmaps
                                + " and (f.version > 0 or f.status <> 'PLANNED'))"
                                + " + (select count(*) from roadmap_evidence e join roadmap_fulfilment f on f.id ="
                                + " e.fulfilment_id join roadmap_requirement q on q.id = f.requirement_id"
                                + " where q.roadmap_id in " + cascadeRoadmaps + " and e.content is null)"
                                + " + (select count(*) from roadmap where id in " + cascadeRoadmaps
                                + " and (template or version > 0))")
                        .query(Long.class)
                        .single())
                .as("no requirement of another unit was set or changed, no fulfilment marked or given evidence")
                .isZero();
        assertThat(jdbc.sql("select count(*) from roadmap_fulfilment f join roadmap_requirement q on q.id ="
                                + " f.requirement_id where q.roadmap_id in " + cascadeRoadmaps)
                        .query(Long.class)
                        .single())
                .as("no fulfilment was recorded for another organization")
                .isEqualTo(cascades.size());
        assertThat(jdbc.sql("select count(*) from notification where subject_key = 'matrix' and read_at is not null")
                        .query(Long.class)
                        .single())
                .as("nobody marked another person's notification read")
                .isZero();
        assertThat(jdbc.sql("select count(*) from catalog_entry where name = 'Intruder' or (id = 11 and archived)")
                        .query(Long.class)
                        .single())
                .as("no role but the administrator changed a reference list")
                .isZero();
        assertThat(jdbc.sql("select count(*) from agreement where number like 'Zzmarker%'"
                                + " and (archived or subject <> 'Matrix')")
                        .query(Long.class)
                        .single())
                .as("no agreement of another unit was changed or archived")
                .isZero();
        assertThat(jdbc.sql("select count(*) from unit where short_name = 'Intruder' or (archived and id in (select"
                                + " organization_id from employment where person_id in (select person_id from account"
                                + " where username like 'zzmarker%')))")
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
        long[] ids = new long[7];
        AccessService.asSystem(() -> {
            UnitView partner = structure.create(
                    organization.parentId(),
                    UnitType.PARTNER,
                    new UnitDetails(marker + " partner", marker + " partner", null, null, null, null));
            ids[2] = agreements.create(
                    partner.id(),
                    organization.id(),
                    new AgreementData(
                            marker,
                            LocalDate.of(2025, 9, 1),
                            "Matrix",
                            LocalDate.of(2025, 9, 1),
                            null,
                            null,
                            null,
                            null));
            ids[0] = people.create(
                    new PersonData(marker, "Foreign", null, LocalDate.of(1985, 3, 3), null, null, null),
                    new EmploymentData(organization.id(), 1, List.of(), null, null, Qualification.NONE, null, null));
            access.createAccount(ids[0], marker.toLowerCase() + "@example.org", "a long foreign passphrase");
            ids[1] = access.grant(ids[0], Role.PSYCHOLOGIST, organization.id());
            ids[3] = roadmaps.create(new RoadmapDraft(
                    organization.id(),
                    marker + " roadmap",
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31),
                    ROADMAP_TABLE));
            ids[4] = personalData.addConsent(
                    ids[0], new ConsentData("Matrix", LocalDate.of(2025, 9, 1), "Matrix consent"));
            ids[5] = mentors.create(
                    ids[0],
                    organization.id(),
                    new MentorData(
                            List.of(),
                            null,
                            List.of(),
                            2,
                            false,
                            Set.of(MentoringFormat.IN_PERSON),
                            LocalDate.of(2025, 9, 1),
                            "Matrix",
                            ProfileStatus.ACTIVE));
            ids[6] = mentees.create(
                    ids[0],
                    organization.id(),
                    new MenteeData(
                            MenteeCategory.FIELD_GROWTH,
                            null,
                            null,
                            LocalDate.of(2025, 9, 1),
                            "Matrix",
                            ProfileStatus.ACTIVE,
                            List.of()),
                    true);
        });
        // unconfirmed, so that a confirmation from outside would show
        jdbc.sql("update mentor_profile set confirmed_year = null where id = ?")
                .param(ids[5])
                .update();
        jdbc.sql("update mentee_profile set confirmed_year = null where id = ?")
                .param(ids[6])
                .update();
        // a file as evidence of the roadmap's one due date, for the download
        jdbc.sql("insert into roadmap_evidence (id, due_id, file_name, content_type, size_bytes, content, created_by)"
                        + " select nextval('roadmap_evidence_seq'), min(id), 'matrix.txt', 'text/plain', 6, ?, 'system'"
                        + " from roadmap_due where roadmap_id = ?")
                .params(marker.getBytes(java.nio.charset.StandardCharsets.UTF_8), ids[3])
                .update();
        // a notification of the foreign person, which nobody else may mark read
        jdbc.sql("insert into notification (id, person_id, subject_key, message_code, link)"
                        + " values (nextval('notification_seq'), ?, 'matrix', 'notification.title', '/')")
                .param(ids[0])
                .update();
        if (Arrays.stream(ids).anyMatch(id -> id == 0)) {
            throw new IllegalStateException("every foreign object must exist: " + Arrays.toString(ids));
        }
        // a pair awaiting consents (the foreign person on both sides: only its address matters here)
        long mentorship =
                jdbc.sql("select nextval('mentorship_seq')").query(Long.class).single();
        jdbc.sql("insert into mentorship (id, organization_id, organization_path, form, kind, status, planned_start,"
                        + " planned_end) values (?, ?, ?, 'EXPERIENCED_YOUNG', 'TRADITIONAL', 'AWAITING_CONSENT',"
                        + " '2025-09-01', '2026-05-31')")
                .params(mentorship, organization.id(), organization.path())
                .update();
        long member =
                jdbc.sql("select nextval('mentorship_seq')").query(Long.class).single();
        jdbc.sql("insert into mentorship_member (id, mentorship_id, role, mentor_profile_id, mentee_profile_id,"
                        + " person_id, organization_id, joined_on) values (?, ?, 'MENTOR', ?, null, ?, ?, '2025-09-01'),"
                        + " (nextval('mentorship_seq'), ?, 'MENTEE', null, ?, ?, ?, '2025-09-01')")
                .params(
                        member,
                        mentorship,
                        ids[5],
                        ids[0],
                        organization.id(),
                        mentorship,
                        ids[6],
                        ids[0],
                        organization.id())
                .update();
        return new Foreign(
                ids[0],
                marker,
                unitId,
                organization.id(),
                organization.shortName(),
                ids[1],
                ids[2],
                ids[3],
                ids[4],
                ids[5],
                ids[6],
                mentorship,
                member);
    }

    private String employment(Foreign f) {
        long id = jdbc.sql("select min(id) from employment where person_id = ?")
                .param(f.personId())
                .query(Long.class)
                .single();
        return "/people/" + f.personId() + "/employments/" + id;
    }

    private String participant(Foreign f) {
        Long id = jdbc.sql("select min(id) from participant where person_id = ?")
                .param(f.personId())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id == null) {
            AccessService.asSystem(() -> participants.add(
                    f.personId(),
                    new ParticipantData(
                            ParticipantKind.PUPIL, f.organizationId(), "7B", null, null, null, null, null)));
            return participant(f);
        }
        return "/people/" + f.personId() + "/participants/" + id;
    }

    private static String jsonOrNull(Endpoint endpoint, Actor actor) {
        String json = endpoint.json().apply(actor.foreign());
        return json.isEmpty() ? null : json;
    }

    static final String UNIT_JSON =
            "{\"type\":\"SCHOOL\",\"shortName\":\"Intruder\",\"fullName\":\"Intruder\",\"version\":0}";

    static final String PERSON_JSON = "{\"lastName\":\"Intruder\",\"firstName\":\"Intruder\","
            + "\"birthDate\":\"1990-01-01\",\"qualification\":\"NONE\",\"version\":0}";

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
