package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** Approving, archiving and withdrawing roadmaps on the embedded database: rules, bad input, races. */
@IntegrationTest
class RoadmapApprovalIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void curatorApprovesADraftByOrderAndThePageShowsTheBasis() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Approval A");
        LocalDate yesterday = LocalDate.now().minusDays(1);

        HttpResponse<String> posted =
                curator.post("/roadmaps/" + id + "/status", approve("45-од", yesterday.toString(), "0"));

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(row(id)).containsEntry("status", "APPROVED").containsEntry("order_number", "45-од");
        String view = curator.get("/roadmaps/" + id).body();
        assertThat(HtmlUtils.htmlUnescape(view))
                .contains(text("roadmap.approval.basis", yesterday.format(RoadmapTestSupport.DATE), "45-од"))
                .contains("Директор Иванова И.И.")
                .contains("id=\"archive\"", "id=\"to-draft\"");
    }

    @Test
    void aMissingNumberAndAFutureDateAreShownBesideTheirFieldsAndNothingChanges() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Approval B");

        HttpResponse<String> page = curator.post(
                "/roadmaps/" + id + "/status",
                approve(" ", LocalDate.now().plusDays(1).toString(), "0"));
        Api.Response api = api().post("/api/v1/roadmaps/" + id + "/status", request("APPROVED", null, null, 0));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(page.body()))
                .contains("id=\"orderNumber-error\"", "id=\"orderDate-error\"")
                .contains(text("roadmap.approval.number.required"), text("roadmap.approval.date.future"));
        assertThat(api.status()).isEqualTo(422);
        assertThat(api.fieldMessage("orderNumber")).isEqualTo(text("roadmap.approval.number.required"));
        assertThat(api.fieldMessage("orderDate")).isEqualTo(text("roadmap.approval.date.required"));
        assertThat(row(id)).containsEntry("status", "DRAFT").containsEntry("version", 0L);
    }

    @Test
    void aDateThatIsNotADateIsABadRequestInTheApi() {
        long id = RoadmapTestSupport.saveTracked(WebSession.signIn(port, DemoAccounts.CURATOR), "Approval C");

        Api.Response api = api().post(
                        "/api/v1/roadmaps/" + id + "/status",
                        "{\"status\":\"APPROVED\",\"orderNumber\":\"1\",\"orderDate\":\"31.02.2025\",\"version\":0}");

        assertThat(api.status()).isEqualTo(400);
        assertThat(api.fieldMessage("orderDate")).isNotBlank();
    }

    @Test
    void theSecondOfTwoConcurrentApprovalsIsRefusedWithAClearMessage() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Approval D");
        String date = LocalDate.now().toString();

        Api.Response first = api().post("/api/v1/roadmaps/" + id + "/status", request("APPROVED", "1", date, 0));
        Api.Response second = api().post("/api/v1/roadmaps/" + id + "/status", request("ARCHIVED", null, null, 0));
        HttpResponse<String> page =
                curator.post("/roadmaps/" + id + "/status", Map.of("status", "ARCHIVED", "version", "0"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("status").asString()).isEqualTo("APPROVED");
        assertThat(first.json().path("basis").path("orderNumber").asString()).isEqualTo("1");
        assertThat(second.status()).isEqualTo(409);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains(text("conflict.approval"));
        assertThat(row(id)).containsEntry("status", "APPROVED").containsEntry("version", 1L);
    }

    @Test
    void anApprovedRoadmapReturnsToADraftOnlyUntilSomethingIsTrackedAndAnArchivedOneStays() {
        long id = RoadmapTestSupport.saveTracked(WebSession.signIn(port, DemoAccounts.CURATOR), "Approval E");
        String date = LocalDate.now().toString();
        String status = "/api/v1/roadmaps/" + id + "/status";

        assertThat(api().post(status, request("ARCHIVED", null, null, 0)).fieldMessage("status"))
                .isEqualTo(text("roadmap.approval.transition.DRAFT"));
        assertThat(api().post(status, request("APPROVED", "7", date, 0)).status())
                .isEqualTo(200);
        assertThat(api().post(status, request("DRAFT", null, null, 1)).status()).isEqualTo(200);
        assertThat(row(id)).containsEntry("status", "DRAFT").containsEntry("order_number", "7");
        assertThat(api().post(status, request("APPROVED", "8", date, 2)).status())
                .isEqualTo(200);
        long due = jdbc.sql("select min(id) from roadmap_due where roadmap_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(api().post("/api/v1/roadmap-due-dates/" + due + "/status", Map.of("status", "DONE", "version", 0))
                        .status())
                .isEqualTo(200);
        Api.Response back = api().post(status, request("DRAFT", null, null, 3));
        assertThat(back.status()).isEqualTo(422);
        assertThat(back.fieldMessage("status")).isEqualTo(text("roadmap.approval.tracked"));
        assertThat(api().post(status, request("ARCHIVED", null, null, 3)).status())
                .isEqualTo(200);
        assertThat(api().post(status, request("APPROVED", "9", date, 4)).fieldMessage("status"))
                .isEqualTo(text("roadmap.approval.transition.ARCHIVED"));
        assertThat(row(id)).containsEntry("status", "ARCHIVED").containsEntry("order_number", "8");
    }

    @Test
    void aPsychologistOfTheSchoolReadsTheRoadmapButMayNotApproveIt() {
        long id = RoadmapTestSupport.saveTracked(WebSession.signIn(port, DemoAccounts.CURATOR), "Approval F");
        WebSession psychologist = WebSession.signIn(port, DemoAccounts.PSYCHOLOGIST);

        assertThat(psychologist.get("/roadmaps/" + id).body()).doesNotContain("id=\"approval-form\"");
        assertThat(psychologist
                        .post(
                                "/roadmaps/" + id + "/status",
                                approve("1", LocalDate.now().toString(), "0"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(row(id)).containsEntry("status", "DRAFT");
    }

    private Api api() {
        return Api.as(port, DemoAccounts.CURATOR);
    }

    private static Map<String, String> approve(String number, String date, String version) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", "APPROVED");
        form.put("orderNumber", number);
        form.put("orderDate", date);
        form.put("approvedBy", "Директор Иванова И.И.");
        form.put("version", version);
        return form;
    }

    private static Map<String, Object> request(String status, String number, String date, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("orderNumber", number);
        body.put("orderDate", date);
        body.put("version", version);
        return body;
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select status, order_number, version from roadmap where id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.forLanguageTag("ru"));
    }
}
