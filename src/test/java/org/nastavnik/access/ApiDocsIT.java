package org.nastavnik.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApiDocsIT {

    @LocalServerPort
    int port;

    @Test
    void signedInUserReadsTheDocumentationPageAndTheDocumentThroughTheSession() {
        WebSession session = WebSession.signIn(port, DemoAccounts.CURATOR);

        HttpResponse<String> page = session.get("/api/docs");
        assertThat(page.statusCode()).isEqualTo(302);
        String ui = page.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(session.get(ui).statusCode()).isEqualTo(200);

        HttpResponse<String> document = session.get("/api/v1/openapi");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("/api/v1/people/{id}")
                .contains("/api/v1/role-assignments")
                .contains("/api/v1/units/{parentId}/children");
        assertThat(session.get("/api/v1/openapi/swagger-config").statusCode()).isEqualTo(200);
    }

    @Test
    void apiClientsReadTheDocumentWithBasicAndAnonymousCallersGet401() {
        assertThat(Api.as(port, DemoAccounts.CURATOR).get("/api/v1/openapi").status())
                .isEqualTo(200);
        assertThat(Api.anonymous(port).get("/api/v1/openapi").status()).isEqualTo(401);
        assertThat(WebSession.anonymous(port).get("/api/docs").statusCode()).isEqualTo(302);
    }

    @Test
    void theDataApiStaysBasicOnlyForASignedInBrowser() {
        WebSession session = WebSession.signIn(port, DemoAccounts.CURATOR);

        assertThat(session.get("/api/v1/people").statusCode()).isEqualTo(401);
    }
}
