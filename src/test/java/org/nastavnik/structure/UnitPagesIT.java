package org.nastavnik.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessService;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class UnitPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    StructureService structure;

    @Test
    void coordinatorAddsASchoolAfterCorrectingAnInvalidInn() {
        UnitView municipality = municipalityOfSchool5();
        WebSession coordinator = WebSession.signIn(port, DemoAccounts.COORDINATOR);
        assertThat(coordinator
                        .get("/units/" + municipality.id() + "/new?type=SCHOOL")
                        .statusCode())
                .isEqualTo(200);
        Map<String, String> form = new HashMap<>(Map.of(
                "type", "SCHOOL",
                "shortName", "School " + System.nanoTime(),
                "fullName", "Test school",
                "inn", "7707083894",
                "ogrn", "",
                "address", "",
                "site", "",
                "version", "0"));
        var refused = coordinator.post("/units/" + municipality.id() + "/new", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"inn-error\"");

        form.put("inn", "7707083893");
        var saved = coordinator.post("/units/" + municipality.id() + "/new", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        String card = coordinator
                .get(saved.headers().firstValue("Location").orElseThrow().replaceFirst("^http://[^/]+", ""))
                .body();
        assertThat(card).contains(form.get("shortName")).contains("7707083893");
    }

    @Test
    void curatorMayReadButNotEditTheirSchoolAndDoesNotSeeOthers() {
        UnitView school5 = school("5");
        UnitView school12 = school("12");
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        assertThat(curator.get("/units/" + school5.id()).statusCode()).isEqualTo(200);
        assertThat(curator.get("/units/" + school5.id() + "/edit").statusCode()).isEqualTo(403);
        assertThat(curator.get("/units/" + school12.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void aMenteeHasNoHierarchyPage() {
        WebSession mentee = WebSession.signIn(port, DemoAccounts.MENTEE);
        assertThat(mentee.get("/units").statusCode()).isEqualTo(403);
    }

    private UnitView school(String number) {
        UnitView[] found = new UnitView[1];
        AccessService.asSystem(() -> found[0] = structure.organizations(Permission.READ).stream()
                .filter(u -> u.shortName().endsWith("\u2116 " + number))
                .findFirst()
                .orElseThrow());
        return found[0];
    }

    private UnitView municipalityOfSchool5() {
        UnitView school = school("5");
        return structure.find(school.parentId()).orElseThrow();
    }
}
