package org.nastavnik.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessService;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AgreementPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    AgreementService agreements;

    @Test
    void coordinatorRegistersASchoolsAgreementWithAPartnerAndTheHeadSeesItOnTheSchoolCard() {
        long partner = municipalPartner();
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        String number = Fixtures.uniqueLastName("N");
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        assertThat(coordinator.get("/units/" + partner).body()).contains("id=\"add-agreement\"");

        coordinator.get("/units/" + partner + "/agreements/new");
        HttpResponse<String> saved =
                coordinator.post("/units/" + partner + "/agreements/new", agreement(school, number));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(coordinator.get("/units/" + partner).body()).contains(number);
        String schoolCard = WebSession.signIn(port, DemoAccounts.HEAD)
                .get("/units/" + school)
                .body();
        assertThat(schoolCard).contains(number).contains("/agreements/" + idOf(partner, number) + "/edit");
        assertThat(schoolCard)
                .as("the head may not open the partner's card")
                .doesNotContain("href=\"/units/" + partner + "\"");
    }

    @Test
    void wrongDatesAndAWrongEmailAreShownNextToTheirFieldsAndNothingIsSaved() {
        long partner = municipalPartner();
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        String number = Fixtures.uniqueLastName("Bad");
        Map<String, String> form = agreement(school, number);
        form.put("validFrom", "2026-09-10");
        form.put("validTo", "2026-09-01");
        form.put("contactEmail", "not an email");
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        coordinator.get("/units/" + partner + "/agreements/new");

        HttpResponse<String> response = coordinator.post("/units/" + partner + "/agreements/new", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"validTo-error\"").contains("id=\"contactEmail-error\"");
        assertThat(coordinator.get("/units/" + partner).body()).doesNotContain(number);
    }

    @Test
    void headChangesAndArchivesTheAgreementOfTheirSchool() {
        long partner = municipalPartner();
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        String number = Fixtures.uniqueLastName("Arch");
        long id = registered(partner, school, number);
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);

        head.get("/agreements/" + id + "/edit?from=" + school);
        Map<String, String> change = agreement(school, number);
        change.put("contactPhone", "+7 473 200-00-00");
        change.put("version", "0");
        HttpResponse<String> changed = head.post("/agreements/" + id + "/edit?from=" + school, change);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/units/" + school);

        HttpResponse<String> stale = head.post("/agreements/" + id + "/edit?from=" + school, change);
        assertThat(stale.statusCode())
                .as("a second change with the old version")
                .isEqualTo(200);

        head.get("/units/" + school);
        HttpResponse<String> archived =
                head.post("/agreements/" + id + "/archive?from=" + school, Map.of("archived", "true"));
        assertThat(archived.statusCode()).isEqualTo(302);
        AgreementView view = asSystem(() -> agreements.get(id));
        assertThat(view.state()).isEqualTo(AgreementView.State.ARCHIVED);
        assertThat(view.data().contactPhone()).isEqualTo("+7 473 200-00-00");
    }

    @Test
    void othersCannotChangeTheAgreement() {
        long partner = municipalPartner();
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        String number = Fixtures.uniqueLastName("Other");
        long id = registered(partner, school, number);

        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR)
                        .get("/agreements/" + id + "/edit")
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/agreements/" + id + "/edit")
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.signIn(port, DemoAccounts.HEAD)
                        .get("/units/" + partner + "/agreements/new")
                        .statusCode())
                .isEqualTo(404);
    }

    private long municipalPartner() {
        for (JsonNode unit :
                Api.as(port, DemoAccounts.COORDINATOR).get("/api/v1/units").json()) {
            if ("PARTNER".equals(unit.path("type").asString())) {
                return unit.path("id").asLong();
            }
        }
        throw new IllegalStateException("The demo municipality has no partner");
    }

    /** Registered by the coordinator through the page; its id. */
    private long registered(long partner, long school, String number) {
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        coordinator.get("/units/" + partner + "/agreements/new");
        HttpResponse<String> saved =
                coordinator.post("/units/" + partner + "/agreements/new", agreement(school, number));
        assertThat(saved.statusCode()).isEqualTo(302);
        return idOf(partner, number);
    }

    private long idOf(long partner, String number) {
        List<AgreementView> found = asSystem(() -> agreements.of(partner));
        return found.stream()
                .filter(a -> a.data().number().equals(number))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static <T> T asSystem(java.util.function.Supplier<T> query) {
        Object[] result = new Object[1];
        AccessService.asSystem(() -> result[0] = query.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static Map<String, String> agreement(long school, String number) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("unitId", "" + school);
        form.put("number", number);
        form.put("signedOn", "2026-09-01");
        form.put("subject", "Mentoring of pupils by engineers");
        form.put("validFrom", "2026-09-01");
        form.put("validTo", "2028-08-31");
        form.put("contactName", "Petrov P. P.");
        form.put("contactPhone", "");
        form.put("contactEmail", "hr@partner.test");
        return form;
    }
}
