package org.nastavnik.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.people.PeopleService;
import org.nastavnik.support.Administrators;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuditChainIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    AccessService access;

    @Autowired
    PeopleService people;

    @Test
    void theChainStaysWholeThroughChangesGrantsAndRevocations() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.HEAD);
        Api head = Api.as(port, DemoAccounts.HEAD);
        String lastName = Fixtures.uniqueLastName("Chain");
        JsonNode person = head.post("/api/v1/people", Fixtures.youngTeacher(school, lastName))
                .json();
        Map<String, Object> change = new LinkedHashMap<>(Fixtures.youngTeacher(school, lastName));
        change.put("phone", "+7 900 000-00-01");
        change.put("version", person.path("version").asLong());
        head.put("/api/v1/people/" + person.path("id").asLong(), change);
        long role = head.post(
                        "/api/v1/role-assignments",
                        Map.of("personId", person.path("id").asLong(), "role", "MENTEE", "unitId", school))
                .json()
                .path("id")
                .asLong();
        head.delete("/api/v1/role-assignments/" + role);

        assertThat(audit.of("person", person.path("id").asLong())).hasSize(2);
        assertThat(audit.of("role", role)).extracting(AuditEntry::action).containsExactly("revoke", "grant");
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void administratorVerifiesTheChainFromTheAuditPage() {
        WebSession admin = Administrators.signedIn(port, access, people);

        assertThat(admin.get("/audit").body()).contains("id=\"verify-chain\"");
        var verified = admin.post("/audit/verify", Map.of());
        assertThat(verified.statusCode()).isEqualTo(302);

        String page = admin.get("/audit").body();
        assertThat(page).contains("id=\"chain-ok\"").doesNotContain("id=\"chain-broken\"");
    }

    @Test
    void headMayReadTheAuditButNotVerifyTheChain() {
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);

        assertThat(head.get("/audit").body()).doesNotContain("id=\"verify-chain\"");
        assertThat(head.post("/audit/verify", Map.of()).statusCode()).isEqualTo(403);
    }
}
