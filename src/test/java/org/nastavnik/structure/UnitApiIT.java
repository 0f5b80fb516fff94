package org.nastavnik.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class UnitApiIT {

    @LocalServerPort
    int port;

    @Test
    void coordinatorSeesTheMunicipalityFirstAndOnlyItsSubtree() {
        JsonNode units =
                Api.as(port, DemoAccounts.COORDINATOR).get("/api/v1/units").json();

        String municipality = units.get(0).path("path").asString();
        assertThat(units.get(0).path("level").asString()).isEqualTo("MUNICIPALITY");
        assertThat(units.size()).isGreaterThan(3);
        for (JsonNode unit : units) {
            assertThat(unit.path("path").asString()).startsWith(municipality);
        }
    }

    @Test
    void unitOutsideTheScopeIs404() {
        long region = Api.as(port, DemoAccounts.COORDINATOR)
                .get("/api/v1/units")
                .json()
                .get(0)
                .path("parentId")
                .asLong();

        assertThat(Api.as(port, DemoAccounts.COORDINATOR)
                        .get("/api/v1/units/" + region)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void coordinatorCreatesChangesAndArchivesASchool() {
        Api coordinator = Api.as(port, DemoAccounts.COORDINATOR);
        long municipality =
                coordinator.get("/api/v1/units").json().get(0).path("id").asLong();
        Map<String, Object> school = school(Fixtures.uniqueLastName("School"));

        Api.Response created = coordinator.post("/api/v1/units/" + municipality + "/children", school);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();

        Map<String, Object> change = new LinkedHashMap<>(school);
        change.put("address", "Lenina 1");
        change.put("version", created.json().path("version").asLong());
        Api.Response changed = coordinator.put("/api/v1/units/" + id, change);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("address").asString()).isEqualTo("Lenina 1");

        assertThat(coordinator.put("/api/v1/units/" + id, change).status()).isEqualTo(409);

        Api.Response archived = coordinator.post("/api/v1/units/" + id + "/archive", null);
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().path("archived").asBoolean()).isTrue();
    }

    @Test
    void invalidUnitIs400WithFieldMessages() {
        Api coordinator = Api.as(port, DemoAccounts.COORDINATOR);
        long municipality =
                coordinator.get("/api/v1/units").json().get(0).path("id").asLong();
        Map<String, Object> school = school("");
        school.put("inn", "1234567890");

        Api.Response response = coordinator.post("/api/v1/units/" + municipality + "/children", school);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.fieldMessage("shortName")).containsPattern("\\p{IsCyrillic}");
        assertThat(response.fieldMessage("inn")).containsPattern("\\p{IsCyrillic}");
    }

    @Test
    void curatorMayNotCreateUnits() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);

        Api.Response response =
                Api.as(port, DemoAccounts.CURATOR).post("/api/v1/units/" + school + "/children", school("Any"));

        assertThat(response.status()).isEqualTo(403);
    }

    private static Map<String, Object> school(String name) {
        Map<String, Object> school = new LinkedHashMap<>();
        school.put("type", "SCHOOL");
        school.put("shortName", name);
        school.put("fullName", name.isEmpty() ? "" : "Municipal school " + name);
        return school;
    }
}
