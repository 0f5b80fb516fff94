package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The cascade on the embedded database: a municipality requires an activity of its schools, they
 * mark it with evidence, the coordinator's matrix shows who is late, and nobody reaches another
 * school's fulfilment.
 */
@IntegrationTest
class CascadeIT {

    static final byte[] PDF = "%PDF-1.4\n% a signed order\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    static final AtomicInteger NUMBERS = new AtomicInteger(500);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A municipal roadmap of the coordinator with item 1.1 (position 2) due ten days ago required of schools. */
    private long[] requiredOfSchools(String title, String kind) {
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        long roadmap = RoadmapTestSupport.saveTracked(coordinator, title);
        LocalDate due = LocalDate.now().minusDays(10);
        Api.Response required = api(DemoAccounts.COORDINATOR)
                .put(
                        "/api/v1/roadmaps/" + roadmap + "/items/2/requirement",
                        Map.of("dueOn", due.toString(), "types", List.of("SCHOOL"), "kind", kind));
        assertThat(required.status()).as(required.text()).isEqualTo(200);
        return new long[] {roadmap, required.json().path("id").asLong()};
    }

    @Test
    void coordinatorsMatrixShowsEverySchoolLateUntilItMarksTheRequirementDoneWithEvidence() {
        long[] ids = requiredOfSchools("Cascade municipal A", "ACTION");
        long requirement = ids[1];
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        long school12 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);

        JsonNode matrix = matrix(DemoAccounts.COORDINATOR, ids[0], "");
        assertThat(matrix.path("columns").size()).isEqualTo(1);
        assertThat(cell(matrix, school5).path("status").asString()).isEqualTo("OVERDUE");
        assertThat(cell(matrix, school12).path("status").asString()).isEqualTo("OVERDUE");
        int rows = matrix.path("totalRows").asInt();
        assertThat(matrix.path("columns").get(0).path("counts").path("overdue").asInt())
                .isEqualTo(rows);
        for (JsonNode row : matrix.path("rows")) {
            assertThat(row.path("type").asString()).isEqualTo("SCHOOL");
        }

        Api curator = api(DemoAccounts.CURATOR);
        String fulfilment = "/api/v1/roadmap-requirements/" + requirement + "/organizations/" + school5;
        Api.Response evidence = curator.post(
                fulfilment + "/evidence", Map.of("url", "https://school5.example.org/roadmap", "note", "Утверждена"));
        assertThat(evidence.status()).as(evidence.text()).isEqualTo(201);
        Api.Response marked = curator.post(fulfilment + "/status", Map.of("status", "DONE", "version", 0));
        assertThat(marked.status()).as(marked.text()).isEqualTo(200);
        assertThat(marked.json().path("changedBy").asString()).isEqualTo(DemoAccounts.CURATOR);

        JsonNode after = matrix(DemoAccounts.COORDINATOR, ids[0], "");
        assertThat(cell(after, school5).path("status").asString()).isEqualTo("DONE");
        assertThat(cell(after, school5).path("evidence").asInt()).isEqualTo(1);
        assertThat(after.path("columns").get(0).path("counts").path("done").asInt())
                .isEqualTo(1);
        JsonNode late = matrix(DemoAccounts.COORDINATOR, ids[0], "&lateOnly=true");
        assertThat(organizations(late)).contains(school12).doesNotContain(school5);

        String page = WebSession.signIn(port, DemoAccounts.COORDINATOR)
                .get("/roadmaps/cascade?roadmap=" + ids[0] + "&late=true")
                .body();
        assertThat(page).contains("id=\"org-" + school12 + "\"", "cascade-late", "due-OVERDUE");
        assertThat(page).doesNotContain("id=\"org-" + school5 + "\"");
    }

    @Test
    void anotherSchoolsCuratorGets404AndTheCuratorSeesOnlyTheirOwnRow() {
        long[] ids = requiredOfSchools("Cascade municipal B", "ACTION");
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String fulfilment = "/api/v1/roadmap-requirements/" + ids[1] + "/organizations/" + school5;

        Api other = api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        assertThat(other.get(fulfilment).status()).isEqualTo(404);
        assertThat(other.post(fulfilment + "/status", Map.of("status", "DONE", "version", 0))
                        .status())
                .isEqualTo(404);
        assertThat(other.post(fulfilment + "/evidence", Map.of("note", "Intruder"))
                        .status())
                .isEqualTo(404);
        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/roadmaps/cascade/" + ids[1] + "/" + school5)
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from roadmap_fulfilment where requirement_id = ?")
                        .param(ids[1])
                        .query(Long.class)
                        .single())
                .isZero();

        // the curator cannot read the municipal roadmap, yet sees what it requires of their school
        assertThat(api(DemoAccounts.CURATOR).get("/api/v1/roadmaps/" + ids[0]).status())
                .isEqualTo(404);
        JsonNode own = matrix(DemoAccounts.CURATOR, ids[0], "");
        assertThat(organizations(own)).containsExactly(school5);
        assertThat(api(DemoAccounts.CURATOR)
                        .get(fulfilment)
                        .json()
                        .path("mayMark")
                        .asBoolean())
                .isTrue();
        // and may not require anything of others
        assertThat(api(DemoAccounts.CURATOR)
                        .put(
                                "/api/v1/roadmaps/" + ids[0] + "/items/3/requirement",
                                Map.of("dueOn", LocalDate.now().toString()))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void notApplicableNeedsAReasonAndAConcurrentMarkIsRefused() {
        long[] ids = requiredOfSchools("Cascade municipal C", "ACTION");
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String fulfilment = "/api/v1/roadmap-requirements/" + ids[1] + "/organizations/" + school5;
        Api head = api(DemoAccounts.HEAD);

        assertThat(head.post(fulfilment + "/status", Map.of("status", "NOT_APPLICABLE", "version", 0))
                        .status())
                .isEqualTo(422);
        Api.Response na = head.post(
                fulfilment + "/status",
                Map.of("status", "NOT_APPLICABLE", "reason", "Школа реорганизуется", "version", 0));
        assertThat(na.status()).as(na.text()).isEqualTo(200);
        assertThat(na.json().path("reason").asString()).isEqualTo("Школа реорганизуется");
        assertThat(head.post(fulfilment + "/status", Map.of("status", "DONE", "version", 0))
                        .status())
                .isEqualTo(409);
        assertThat(cell(matrix(DemoAccounts.COORDINATOR, ids[0], ""), school5)
                        .path("status")
                        .asString())
                .isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void anApprovedRoadmapOfTheSchoolCountsAndAnOrderOfItsRegistryIsEvidence() {
        long[] ids = requiredOfSchools("Cascade municipal D", "ROADMAP");
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        long school12 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        assertThat(cell(matrix(DemoAccounts.COORDINATOR, ids[0], ""), school12)
                        .path("status")
                        .asString())
                .isEqualTo("OVERDUE");

        // school No. 12 approves its own roadmap: the requirement to have one is met by itself
        long own = RoadmapTestSupport.saveTracked(
                WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL), "School 12 own roadmap");
        Api.Response approved = api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                .post(
                        "/api/v1/roadmaps/" + own + "/status",
                        Map.of(
                                "status",
                                "APPROVED",
                                "orderNumber",
                                "77-од",
                                "orderDate",
                                LocalDate.now().toString(),
                                "version",
                                0));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        JsonNode cell = cell(matrix(DemoAccounts.COORDINATOR, ids[0], ""), school12);
        assertThat(cell.path("status").asString()).isEqualTo("DONE");
        assertThat(cell.path("automatic").asBoolean()).isTrue();
        assertThat(cell.path("approvedRoadmapId").asLong()).isEqualTo(own);
        assertThat(api(DemoAccounts.COORDINATOR)
                        .get("/api/v1/roadmap-requirements/" + ids[1] + "/organizations/" + school12)
                        .json()
                        .path("approvedRoadmap")
                        .path("orderNumber")
                        .asString())
                .isEqualTo("77-од");

        // school No. 5 attaches its order from the registry; another school's order is refused
        String number = NUMBERS.incrementAndGet() + "-од";
        assertThat(WebSession.apiUpload(
                                port,
                                "/api/v1/orders",
                                DemoAccounts.CURATOR,
                                Map.of(
                                        "unitId",
                                        String.valueOf(school5),
                                        "type",
                                        "ROADMAP_APPROVAL",
                                        "number",
                                        number,
                                        "date",
                                        LocalDate.now().toString(),
                                        "title",
                                        "Об утверждении дорожной карты"),
                                "order.pdf",
                                PDF)
                        .statusCode())
                .isEqualTo(201);
        long order = jdbc.sql("select id from document_order where unit_id = ? and number = ?")
                .params(school5, number)
                .query(Long.class)
                .single();
        String fulfilment = "/api/v1/roadmap-requirements/" + ids[1] + "/organizations/" + school5;
        Api.Response attached = api(DemoAccounts.CURATOR).post(fulfilment + "/evidence", Map.of("orderId", order));
        assertThat(attached.status()).as(attached.text()).isEqualTo(201);
        assertThat(attached.json().path("evidence").get(0).path("orderLabel").asString())
                .contains(number, "Об утверждении дорожной карты");
        Api.Response foreign = api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                .post(
                        "/api/v1/roadmap-requirements/" + ids[1] + "/organizations/" + school12 + "/evidence",
                        Map.of("orderId", order));
        assertThat(foreign.status()).isEqualTo(422);
    }

    @Test
    void onlyARegionOrMunicipalityRoadmapCascadesAndAnEditNeedsTheVersionRead() {
        long[] ids = requiredOfSchools("Cascade municipal E", "ACTION");
        Api coordinator = api(DemoAccounts.COORDINATOR);
        Api.Response stale = coordinator.put(
                "/api/v1/roadmaps/" + ids[0] + "/items/2/requirement",
                Map.of("dueOn", LocalDate.now().toString(), "version", 5));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response changed = coordinator.put(
                "/api/v1/roadmaps/" + ids[0] + "/items/2/requirement",
                Map.of("dueOn", LocalDate.now().plusDays(3).toString(), "version", 0));
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().path("types").size()).isZero();
        assertThat(coordinator
                        .put("/api/v1/roadmaps/" + ids[0] + "/items/1/requirement", Map.of("dueOn", "2026-01-01"))
                        .status())
                .as("a section cannot be required")
                .isEqualTo(404);
        assertThat(coordinator
                        .put(
                                "/api/v1/roadmaps/" + ids[0] + "/items/3/requirement",
                                Map.of("dueOn", "2026-01-01", "types", List.of("PARTNER")))
                        .status())
                .isEqualTo(422);

        long schoolRoadmap =
                RoadmapTestSupport.saveTracked(WebSession.signIn(port, DemoAccounts.CURATOR), "School 5 cascade E");
        Api.Response notHigher = api(DemoAccounts.CURATOR)
                .put(
                        "/api/v1/roadmaps/" + schoolRoadmap + "/items/2/requirement",
                        Map.of("dueOn", LocalDate.now().toString()));
        assertThat(notHigher.status()).isEqualTo(422);
        assertThat(notHigher.fieldMessage("dueOn")).isNotBlank();
    }

    @Test
    void theRoadmapPageLetsTheCoordinatorRequireAnItemAndShowsIt() {
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        long roadmap = RoadmapTestSupport.saveTracked(coordinator, "Cascade municipal F");
        String view = coordinator.get("/roadmaps/" + roadmap).body();
        assertThat(view).contains("/roadmaps/" + roadmap + "/items/2/requirement", "template-toggle");
        assertThat(coordinator
                        .get("/roadmaps/" + roadmap + "/items/2/requirement")
                        .body())
                .contains(LocalDate.now().minusDays(10).toString());

        var saved = coordinator.post(
                "/roadmaps/" + roadmap + "/items/2/requirement",
                Map.of("dueOn", LocalDate.now().plusDays(5).toString(), "types", "SCHOOL", "roadmap", "true"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/roadmaps/" + roadmap).body()).contains("requirement", "badge text-bg-info");
        var empty = coordinator.post("/roadmaps/" + roadmap + "/items/3/requirement", Map.of("dueOn", ""));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("is-invalid");
        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR)
                        .get("/roadmaps/" + roadmap + "/items/2/requirement")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSchoolCreatesItsRoadmapFromTheBuiltInTemplateOrItsMunicipalitysWithYearsMoved() {
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        Api curator = api(DemoAccounts.CURATOR);
        JsonNode offered =
                curator.get("/api/v1/roadmaps/templates?unitId=" + school5).json();
        assertThat(offered.get(0).path("key").asString()).isEqualTo(RoadmapTemplates.BUILT_IN);
        assertThat(offered.get(0).path("items").asInt()).isEqualTo(22);

        Api.Response created = curator.post(
                "/api/v1/roadmaps/from-template",
                Map.of(
                        "ownerUnitId", school5,
                        "template", "school",
                        "periodFrom", "2026-09-01",
                        "periodTo", "2027-08-31"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode roadmap = created.json();
        assertThat(roadmap.path("status").asString()).isEqualTo("DRAFT");
        assertThat(roadmap.path("title").asString()).contains("2026/2027").contains("5");
        List<String> sections = new ArrayList<>();
        JsonNode first = null;
        int unknown = 0;
        for (JsonNode line : roadmap.path("lines")) {
            if (line.path("section").asBoolean()) {
                sections.add(line.path("number").asString());
            } else {
                first = first == null ? line : first;
                unknown += line.path("deadlineKind").asString().equals("UNKNOWN") ? 1 : 0;
            }
        }
        assertThat(sections).containsExactly("1", "2", "3", "4", "5");
        assertThat(unknown).as("every deadline of the template is understood").isZero();
        assertThat(first.path("deadline").asString()).isEqualTo("до 05.09");
        assertThat(first.path("dueDates").get(0).asString()).isEqualTo("2026-09-05");
        assertThat(first.path("responsible").asString()).isEqualTo("Директор");

        // the coordinator offers a municipal roadmap of 2025 as the template; a 2026 copy moves its dates
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        long municipal = RoadmapTestSupport.saveTracked(coordinator, "Municipal template G");
        long version = api(DemoAccounts.COORDINATOR)
                .get("/api/v1/roadmaps/" + municipal)
                .json()
                .path("version")
                .asLong();
        assertThat(api(DemoAccounts.COORDINATOR)
                        .put(
                                "/api/v1/roadmaps/" + municipal + "/template",
                                Map.of("template", true, "version", version))
                        .status())
                .isEqualTo(200);
        assertThat(curator.get("/api/v1/roadmaps/templates?unitId=" + school5).text())
                .contains("Municipal template G");
        String page = WebSession.signIn(port, DemoAccounts.CURATOR)
                .get("/roadmaps/new?unit=" + school5 + "&template=" + municipal)
                .body();
        LocalDate due = LocalDate.now().minusDays(10);
        LocalDate nextYearStart = org.nastavnik.common.AcademicYear.of(
                        LocalDate.now().plusYears(1))
                .firstDay();
        Api.Response copy = curator.post(
                "/api/v1/roadmaps/from-template",
                Map.of(
                        "ownerUnitId",
                        school5,
                        "template",
                        String.valueOf(municipal),
                        "periodFrom",
                        nextYearStart.toString()));
        assertThat(copy.status()).as(copy.text()).isEqualTo(201);
        assertThat(page).contains("from-template-note", "Municipal template G");
        int shift = nextYearStart.getYear() - LocalDate.now().minusDays(100).getYear();
        assertThat(copy.json().path("lines").get(1).path("deadline").asString())
                .isEqualTo(due.withYear(due.getYear() + shift).format(RoadmapTestSupport.DATE));
        // a school's roadmap is no template, and another school's unit is not offered anything
        long own = copy.json().path("id").asLong();
        assertThat(curator.put("/api/v1/roadmaps/" + own + "/template", Map.of("template", true, "version", 0))
                        .status())
                .isEqualTo(422);
        assertThat(api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/api/v1/roadmaps/templates?unitId=" + school5)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theAuthorWithdrawsARequirementKeepingWhatTheSchoolsRecordedAndRestoresIt() {
        long[] ids = requiredOfSchools("Cascade municipal W", "ACTION");
        long requirement = ids[1];
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        Api curator = api(DemoAccounts.CURATOR);
        String fulfilment = "/api/v1/roadmap-requirements/" + requirement + "/organizations/" + school5;
        assertThat(curator.post(fulfilment + "/evidence", Map.of("note", "Проведено"))
                        .status())
                .isEqualTo(201);
        assertThat(curator.post(fulfilment + "/status", Map.of("status", "DONE", "version", 0))
                        .status())
                .isEqualTo(200);

        Api coordinator = api(DemoAccounts.COORDINATOR);
        String withdraw = "/api/v1/roadmap-requirements/" + requirement + "/withdraw";
        Api.Response noReason = coordinator.post(withdraw, Map.of("reason", "  ", "version", 0));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.fieldMessage("reason")).isNotBlank();
        assertThat(coordinator
                        .post(withdraw, Map.of("reason", "Пункт исключён", "version", 7))
                        .status())
                .as("a stale version")
                .isEqualTo(409);
        // the school's curator reads the requirement but is not its author; another school sees nothing
        assertThat(curator.post(withdraw, Map.of("reason", "Не хотим", "version", 0))
                        .status())
                .isEqualTo(404);
        assertThat(api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .post(withdraw, Map.of("reason", "Не хотим", "version", 0))
                        .status())
                .isEqualTo(404);

        Api.Response withdrawn =
                coordinator.post(withdraw, Map.of("reason", "Пункт исключён приказом № 12", "version", 0));
        assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
        assertThat(withdrawn.json().path("withdrawal").path("by").asString()).isEqualTo(DemoAccounts.COORDINATOR);
        assertThat(withdrawn.json().path("withdrawal").path("reason").asString())
                .isEqualTo("Пункт исключён приказом № 12");
        Api.Response twice = coordinator.post(withdraw, Map.of("reason", "Ещё раз", "version", 1));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.fieldMessage("reason")).contains("уже отозвано", DemoAccounts.COORDINATOR);

        // out of the matrix and the school's own list, nothing deleted, shown among the withdrawn ones
        assertThat(matrix(DemoAccounts.COORDINATOR, ids[0], "").path("columns").size())
                .isZero();
        assertThat(matrix(DemoAccounts.CURATOR, ids[0], "").path("rows").size()).isZero();
        JsonNode old = matrix(DemoAccounts.COORDINATOR, ids[0], "&withdrawn=true");
        assertThat(old.path("columns")
                        .get(0)
                        .path("requirement")
                        .path("withdrawal")
                        .path("reason")
                        .asString())
                .isEqualTo("Пункт исключён приказом № 12");
        assertThat(old.path("columns").get(0).path("manageable").asBoolean()).isTrue();
        assertThat(cell(old, school5).path("status").asString()).isEqualTo("DONE");
        assertThat(cell(old, school5).path("evidence").asInt()).isEqualTo(1);
        assertThat(WebSession.signIn(port, DemoAccounts.COORDINATOR)
                        .get("/roadmaps/cascade?roadmap=" + ids[0] + "&withdrawn=true")
                        .body())
                .contains("requirement-withdrawal", "Пункт исключён приказом № 12", "id=\"org-" + school5 + "\"");
        // the school still reads what it recorded, but records nothing new
        JsonNode kept = curator.get(fulfilment).json();
        assertThat(kept.path("status").asString()).isEqualTo("DONE");
        assertThat(kept.path("mayMark").asBoolean()).isFalse();
        assertThat(kept.path("evidence").size()).isEqualTo(1);
        assertThat(curator.post(fulfilment + "/status", Map.of("status", "PLANNED", "version", 1))
                        .status())
                .isEqualTo(422);
        assertThat(curator.post(fulfilment + "/evidence", Map.of("note", "Поздно"))
                        .status())
                .isEqualTo(422);
        // a withdrawn requirement is not edited until restored
        assertThat(coordinator
                        .put(
                                "/api/v1/roadmaps/" + ids[0] + "/items/2/requirement",
                                Map.of("dueOn", LocalDate.now().toString(), "version", 1))
                        .status())
                .isEqualTo(422);

        // restored from its page: back in the matrix with the school's record as it was
        WebSession page = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        assertThat(page.get("/roadmaps/" + ids[0]).body()).contains("requirement-withdrawn");
        String form = page.get("/roadmaps/" + ids[0] + "/items/2/requirement").body();
        assertThat(form).contains("id=\"requirement-withdrawn\"", "id=\"restore-requirement\"");
        assertThat(form).doesNotContain("id=\"requirement-form\"");
        var stale = page.post("/roadmaps/" + ids[0] + "/items/2/requirement/restore", Map.of("version", "0"));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("alert-danger");
        var restored = page.post("/roadmaps/" + ids[0] + "/items/2/requirement/restore", Map.of("version", "1"));
        assertThat(restored.statusCode()).isEqualTo(302);
        JsonNode back = matrix(DemoAccounts.COORDINATOR, ids[0], "");
        assertThat(back.path("columns")
                        .get(0)
                        .path("requirement")
                        .path("withdrawal")
                        .isNull())
                .isTrue();
        assertThat(cell(back, school5).path("status").asString()).isEqualTo("DONE");
        assertThat(cell(back, school5).path("evidence").asInt()).isEqualTo(1);
        Api.Response notWithdrawn =
                coordinator.post("/api/v1/roadmap-requirements/" + requirement + "/restore", Map.of("version", 2));
        assertThat(notWithdrawn.status()).isEqualTo(422);

        // withdrawn from the page: the reason is asked for next to its field
        var empty = page.post(
                "/roadmaps/" + ids[0] + "/items/2/requirement/withdraw", Map.of("reason", "", "version", "2"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"reason-error\"");
        var byPage = page.post(
                "/roadmaps/" + ids[0] + "/items/2/requirement/withdraw",
                Map.of("reason", "Перенесено на следующий год", "version", "2"));
        assertThat(byPage.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select withdrawn_reason from roadmap_requirement where id = ?")
                        .param(requirement)
                        .query(String.class)
                        .single())
                .isEqualTo("Перенесено на следующий год");
    }

    @Test
    void theMatrixDownloadsAsASheetWithTheSameFiltersLateCellsMarkedAndNoFormulas() throws Exception {
        long[] ids = requiredOfSchools("Cascade municipal X", "ACTION");
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        long school12 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);
        Api curator = api(DemoAccounts.CURATOR);
        String fulfilment = "/api/v1/roadmap-requirements/" + ids[1] + "/organizations/" + school5;
        assertThat(curator.post(fulfilment + "/evidence", Map.of("note", "=HYPERLINK(\"http://evil.example\")"))
                        .status())
                .isEqualTo(201);
        assertThat(curator.post(fulfilment + "/evidence", Map.of("url", "https://school5.example.org/order"))
                        .status())
                .isEqualTo(201);
        assertThat(curator.post(fulfilment + "/status", Map.of("status", "DONE", "version", 0))
                        .status())
                .isEqualTo(200);
        JsonNode matrix = matrix(DemoAccounts.COORDINATOR, ids[0], "");
        Map<Long, String> names = new java.util.HashMap<>();
        matrix.path("rows")
                .forEach(r -> names.put(
                        r.path("organizationId").asLong(),
                        r.path("organization").asString()));

        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        assertThat(coordinator.get("/roadmaps/cascade?roadmap=" + ids[0]).body())
                .contains("id=\"cascade-export\"", "/roadmaps/cascade/export.xlsx?roadmap=" + ids[0]);
        HttpResponse<byte[]> page = coordinator.download("/roadmaps/cascade/export.xlsx?roadmap=" + ids[0]);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains(".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(page.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue())
                    .contains("1.1", "Приказ о наставничестве", "Cascade municipal X")
                    .contains(LocalDate.now().minusDays(10).format(RoadmapTestSupport.DATE));
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Состояние");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Подтверждения");
            assertThat(sheet.getLastRowNum())
                    .isEqualTo(1 + matrix.path("totalRows").asInt());
            Row done = row(sheet, names.get(school5));
            assertThat(done.getCell(3).getStringCellValue()).isEqualTo("выполнено");
            Cell evidence = done.getCell(4);
            assertThat(evidence.getCellType()).isEqualTo(CellType.STRING);
            assertThat(evidence.getStringCellValue())
                    .startsWith("'=HYPERLINK")
                    .endsWith("; https://school5.example.org/order");
            Row late = row(sheet, names.get(school12));
            assertThat(late.getCell(3).getStringCellValue()).isEqualTo("просрочено");
            assertThat(((XSSFCellStyle) late.getCell(3).getCellStyle())
                            .getFillForegroundXSSFColor()
                            .getARGBHex())
                    .endsWith("F8D7DA");
            assertThat(((XSSFCellStyle) done.getCell(3).getCellStyle()).getFillForegroundXSSFColor())
                    .isNull();
        }

        // the API with «only late»: school No. 5 is left out; the curator's sheet has their row alone
        byte[] lateOnly = api(DemoAccounts.COORDINATOR)
                .bytes("GET", "/api/v1/roadmaps/cascade/export.xlsx?roadmapId=" + ids[0] + "&lateOnly=true", null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(lateOnly))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(row(sheet, names.get(school12))).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(matrix.path("totalRows").asInt());
        }
        byte[] own = curator.bytes("GET", "/api/v1/roadmaps/cascade/export.xlsx?roadmapId=" + ids[0], null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(own))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(names.get(school5));
        }
    }

    @Test
    void theFulfilmentPageMarksWithTheFormOfTheRoadmapsDatesAndShowsAConflict() {
        long[] ids = requiredOfSchools("Cascade municipal M", "ACTION");
        long school5 = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);
        String path = "/roadmaps/cascade/" + ids[1] + "/" + school5;
        assertThat(head.get(path).body())
                .contains("id=\"mark-form\"", "action=\"" + path + "/status\"")
                .contains("id=\"evidence-form\"", "action=\"" + path + "/evidence\"")
                .as("an overdue fulfilment is not offered «back to plan»")
                .doesNotContain("id=\"mark-planned\"");

        var noReason = head.post(path + "/status", Map.of("status", "NOT_APPLICABLE", "reason", "", "version", "0"));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("id=\"reason-error\"");
        assertThat(head.post(path + "/status", Map.of("status", "DONE", "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        var stale = head.post(path + "/status", Map.of("status", "NOT_APPLICABLE", "reason", "Нет", "version", "0"));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"mark-conflict\"", Fixtures.shortName(jdbc, DemoAccounts.HEAD));
        assertThat(head.post(path + "/evidence", Map.of("note", "Протокол совета"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(head.get(path).body()).contains("id=\"mark-planned\"", "Протокол совета", "due-DONE");
    }

    /** The sheet's row of the organization; fails when there is none. */
    private static Row row(Sheet sheet, String organization) {
        for (Row row : sheet) {
            if (row.getRowNum() > 1 && organization.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row of " + organization);
    }

    private Api api(String email) {
        return Api.as(port, email);
    }

    private JsonNode matrix(String email, long roadmap, String more) {
        Api.Response response = api(email).get("/api/v1/roadmaps/cascade?roadmapId=" + roadmap + more);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode cell(JsonNode matrix, long organization) {
        for (JsonNode row : matrix.path("rows")) {
            if (row.path("organizationId").asLong() == organization) {
                return row.path("cells").get(0);
            }
        }
        throw new AssertionError("no row of " + organization + " in " + matrix);
    }

    private static List<Long> organizations(JsonNode matrix) {
        List<Long> ids = new ArrayList<>();
        matrix.path("rows").forEach(r -> ids.add(r.path("organizationId").asLong()));
        return ids;
    }
}
