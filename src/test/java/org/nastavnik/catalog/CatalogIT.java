package org.nastavnik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessService;
import org.nastavnik.people.PeopleService;
import org.nastavnik.support.Administrators;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CatalogIT {

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @Autowired
    AccessService access;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void startsWithAtLeastFortyDeficitsInTenAreasAndTheOtherLists() {
        List<CatalogEntryView> deficits = asSystem(() -> catalog.active(CatalogKind.DEFICIT));
        List<CatalogEntryView> areas = asSystem(() -> catalog.active(CatalogKind.DEFICIT_AREA));

        assertThat(deficits).hasSizeGreaterThanOrEqualTo(40);
        assertThat(areas).hasSize(10);
        assertThat(deficits).allSatisfy(d -> assertThat(d.groupName()).isNotBlank());
        assertThat(deficits.stream().map(CatalogEntryView::groupId).distinct()).hasSize(10);
        for (CatalogKind kind :
                List.of(CatalogKind.COMPETENCY, CatalogKind.ACHIEVEMENT_LEVEL, CatalogKind.AWARD_TYPE)) {
            assertThat(asSystem(() -> catalog.active(kind))).as(kind.name()).isNotEmpty();
        }
    }

    @Test
    void administratorAddsADeficitFixingTheMissingAreaThenRenamesAndArchivesIt() {
        WebSession admin = Administrators.signedIn(port, access, people);
        long area =
                asSystem(() -> catalog.active(CatalogKind.DEFICIT_AREA)).get(0).id();
        long auditBefore = jdbc.sql("select count(*) from audit_log where entity_type = 'catalog'")
                .query(Long.class)
                .single();
        admin.get("/catalog/deficit");

        HttpResponse<String> noArea = admin.post("/catalog/deficit", Map.of("name", "Smysloviye chteniye"));
        assertThat(noArea.statusCode()).isEqualTo(200);
        assertThat(noArea.body()).contains("is-invalid", text("catalog.group.required"));

        HttpResponse<String> added =
                admin.post("/catalog/deficit", Map.of("name", "  Smysloviye   chteniye ", "groupId", "" + area));
        assertThat(added.statusCode()).isEqualTo(302);
        CatalogEntryView entry = asSystem(() -> catalog.active(CatalogKind.DEFICIT)).stream()
                .filter(e -> e.name().equals("Smysloviye chteniye"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.groupId()).isEqualTo(area);

        HttpResponse<String> again =
                admin.post("/catalog/deficit", Map.of("name", "SMYSLOVIYE CHTENIYE", "groupId", "" + area));
        assertThat(again.body()).contains(text("catalog.name.taken"));

        String edit = "/catalog/entries/" + entry.id() + "/edit";
        admin.get(edit);
        assertThat(admin.post(edit, Map.of("name", "Smyslovoye chteniye", "groupId", "" + area, "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> stale =
                admin.post(edit, Map.of("name", "Something else", "groupId", "" + area, "version", "0"));
        assertThat(stale.body()).contains(text("conflict"), "Smyslovoye chteniye");
        assertThat(asSystem(() -> catalog.get(entry.id())).name()).isEqualTo("Smyslovoye chteniye");

        admin.get("/catalog/deficit");
        admin.post("/catalog/entries/" + entry.id() + "/archive", Map.of("archived", "true"));
        assertThat(asSystem(() -> catalog.get(entry.id())).archived()).isTrue();
        assertThat(asSystem(() -> catalog.active(CatalogKind.DEFICIT)))
                .extracting(CatalogEntryView::id)
                .doesNotContain(entry.id());
        assertThat(admin.get("/catalog/deficit").body()).contains("Smyslovoye chteniye", text("catalog.archived"));
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'catalog'")
                        .query(Long.class)
                        .single())
                .isEqualTo(auditBefore + 3);
    }

    @Test
    void competenciesCoverDeficitAreasSeededByNameAndChangedByAdministrators() {
        Map<String, CatalogEntryView> areas = new java.util.HashMap<>();
        asSystem(() -> catalog.active(CatalogKind.DEFICIT_AREA)).forEach(a -> areas.put(a.name(), a));
        CatalogEntryView support = asSystem(() -> catalog.active(CatalogKind.COMPETENCY)).stream()
                .filter(c -> c.name().equals("Психолого-педагогическая поддержка"))
                .findFirst()
                .orElseThrow();
        assertThat(support.covers())
                .containsExactly(
                        areas.get("Психология и коммуникация").id(),
                        areas.get("Профессиональное выгорание").id());
        List<Long> burnout = asSystem(() -> catalog.active(CatalogKind.DEFICIT)).stream()
                .filter(d -> d.groupName().equals("Профессиональное выгорание"))
                .map(CatalogEntryView::id)
                .toList();
        assertThat(catalog.coveredDeficits().get(support.id())).containsAll(burnout);
        assertThat(asSystem(() -> catalog.active(CatalogKind.COMPETENCY)))
                .allSatisfy(c -> assertThat(c.covers()).as(c.name()).isNotEmpty());

        WebSession admin = Administrators.signedIn(port, access, people);
        assertThat(admin.get("/catalog/competency").body())
                .contains("Психология и коммуникация, Профессиональное выгорание");
        long competency =
                asSystem(() -> catalog.create(CatalogKind.COMPETENCY, new CatalogEntryData("Kovers test", null)));
        String edit = "/catalog/entries/" + competency + "/edit";
        assertThat(admin.get(edit).body()).contains("catalog-covers", "Профессиональное выгорание");
        long parents = areas.get("Работа с родителями").id();
        assertThat(admin.post(edit, Map.of("name", "Kovers test", "covers", "" + parents, "version", "0"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(asSystem(() -> catalog.get(competency)).covers()).containsExactly(parents);
        assertThat(catalog.coveredDeficits().get(competency)).isNotEmpty().allSatisfy(d -> assertThat(
                        asSystem(() -> catalog.get(d)).groupId())
                .isEqualTo(parents));
        HttpResponse<String> wrong =
                admin.post(edit, Map.of("name", "Kovers test", "covers", "" + burnout.get(0), "version", "1"));
        assertThat(wrong.body()).contains(text("catalog.covers.unknown"));

        Api.Response api = Api.as(port, DemoAccounts.MENTEE).get("/api/v1/catalog-entries/" + competency);
        assertThat(api.json().path("covers").get(0).asLong()).isEqualTo(parents);
    }

    @Test
    void anAreaWithActiveDeficitsIsNotArchived() {
        WebSession admin = Administrators.signedIn(port, access, people);
        long area =
                asSystem(() -> catalog.active(CatalogKind.DEFICIT_AREA)).get(1).id();
        admin.get("/catalog/deficit-area");

        HttpResponse<String> refused = admin.post("/catalog/entries/" + area + "/archive", Map.of("archived", "true"));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(admin.get("/catalog/deficit-area").body()).contains(text("catalog.group.hasActive"));
        assertThat(asSystem(() -> catalog.get(area)).archived()).isFalse();
    }

    @Test
    void everyoneSignedInReadsTheListsOnlyAdministratorsChangeThem() {
        WebSession head = WebSession.signIn(port, DemoAccounts.HEAD);
        HttpResponse<String> list = head.get("/catalog/deficit");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("name=\"name\"");
        assertThat(head.post("/catalog/deficit", Map.of("name", "Intruder", "groupId", "1"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(head.get("/catalog/unknown").statusCode()).isEqualTo(404);

        Api.Response api = Api.as(port, DemoAccounts.MENTEE).get("/api/v1/catalogs/deficit");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().size()).isGreaterThanOrEqualTo(40);
        assertThat(Api.anonymous(port).get("/api/v1/catalogs/deficit").status()).isEqualTo(401);
        assertThat(Api.as(port, DemoAccounts.MENTEE)
                        .get("/api/v1/catalogs/nothing")
                        .status())
                .isEqualTo(404);
    }

    private <T> T asSystem(java.util.function.Supplier<T> read) {
        Object[] result = new Object[1];
        AccessService.asSystem(() -> result[0] = read.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private String text(String code, Object... arguments) {
        return org.nastavnik.people.StaffImports.html(
                messages.getMessage(code, arguments, Locale.forLanguageTag("ru")));
    }
}
