package org.nastavnik.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The orders registry on the embedded database: registration, duplicates, scope, races. */
@IntegrationTest
class OrderRegistryIT {

    static final byte[] PDF = "%PDF-1.4\n% a signed order, scanned\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    static final AtomicInteger NUMBERS = new AtomicInteger(100);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void curatorRegistersAnUploadedOrderThatTheRegistryListsAndServes() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String number = number("-о");
        LocalDate date = LocalDate.now().minusDays(3);

        String form = curator.get("/documents/orders/new").body();
        HttpResponse<String> posted = curator.upload(
                "/documents/orders/new",
                fields(school, number, date, "О закреплении пар 5А"),
                "file",
                "Приказ.pdf",
                PDF);

        assertThat(form).contains("id=\"order-form\"");
        assertThat(posted.statusCode()).isEqualTo(302);
        String list = HtmlUtils.htmlUnescape(
                curator.get("/documents/orders?q=" + number).body());
        assertThat(list).contains(number, date.format(OrderWords.DATE), "О закреплении пар 5А", "Приказ.pdf");
        long id = idOf(school, number);
        HttpResponse<byte[]> file = curator.download("/documents/orders/" + id + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        Api.Response api = api(DemoAccounts.CURATOR).get("/api/v1/orders/" + id);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().path("number").asString()).isEqualTo(number);
        assertThat(api.json().path("type").asString()).isEqualTo("PAIRS_FIXING");
        assertThat(api.json().path("source").asString()).isEqualTo("UPLOADED");
        assertThat(api.json().path("registeredBy").asString()).isEqualTo(DemoAccounts.CURATOR);
    }

    @Test
    void aDuplicateNumberOfTheSameYearIsRefusedBesideTheFieldAndInTheApiNamingTheOrder() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String number = number("-о");
        LocalDate date = LocalDate.now().minusDays(10);
        assertThat(register(DemoAccounts.CURATOR, school, number, date, "Первый приказ")
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> page = curator.upload(
                "/documents/orders/new",
                fields(school, number.toUpperCase(), date.minusDays(1), "Второй приказ"),
                "file",
                "scan.png",
                PNG);
        HttpResponse<String> api = register(DemoAccounts.CURATOR, school, " " + number + " ", date, "Третий приказ");

        String expected = text(
                "document.order.number.duplicate", number.toUpperCase(), date.format(OrderWords.DATE), "Первый приказ");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains("id=\"number-error\"", expected);
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(new Api.Response(api).fieldMessage("number"))
                .isEqualTo(
                        text("document.order.number.duplicate", number, date.format(OrderWords.DATE), "Первый приказ"));
        assertThat(count(school, number)).isEqualTo(1);
    }

    @Test
    void theSameNumberInAnotherYearIsAccepted() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String number = number("");
        LocalDate lastYear = LocalDate.now().minusYears(1);

        HttpResponse<String> first =
                register(DemoAccounts.CURATOR, school, number, lastYear.minusYears(1), "Год назад");
        HttpResponse<String> second = register(DemoAccounts.CURATOR, school, number, lastYear, "В прошлом году");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(count(school, number)).isEqualTo(2);
    }

    @Test
    void badFieldsAreAllNamedAtOnceAndNothingIsSaved() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String boundary = "x".repeat(41);

        HttpResponse<String> api = WebSession.apiUpload(
                port,
                "/api/v1/orders",
                DemoAccounts.CURATOR,
                Map.of(
                        "unitId",
                        String.valueOf(school),
                        "type",
                        "OTHER",
                        "number",
                        boundary,
                        "date",
                        LocalDate.now().plusDays(1).toString(),
                        "title",
                        " "),
                "order.txt",
                "just text".getBytes(StandardCharsets.UTF_8));

        Api.Response problem = new Api.Response(api);
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(problem.fieldMessage("number")).isEqualTo(text("document.order.number.tooLong", 40));
        assertThat(problem.fieldMessage("date")).isEqualTo(text("document.order.date.future"));
        assertThat(problem.fieldMessage("title")).isEqualTo(text("document.order.title.required"));
        assertThat(problem.fieldMessage("file")).isEqualTo(text("document.order.file.format"));
        assertThat(count(school, boundary)).isZero();
    }

    @Test
    void theSuggestedNumberFollowsTheLargestOfTheYearKeepingTheirSuffix() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        LocalDate date = LocalDate.now().minusYears(3);
        int base = NUMBERS.addAndGet(1000);
        register(DemoAccounts.CURATOR, school, base + "-од", date, "Первый");
        register(DemoAccounts.CURATOR, school, (base + 7) + "-од", date, "Второй");

        Api.Response suggested = api(DemoAccounts.CURATOR)
                .get("/api/v1/orders/next-number?unitId=" + school + "&date=" + date.withDayOfMonth(1));
        Api.Response mixed;
        register(DemoAccounts.CURATOR, school, (base + 8) + "/к", date, "Третий");
        mixed = api(DemoAccounts.CURATOR).get("/api/v1/orders/next-number?unitId=" + school + "&date=" + date);

        assertThat(suggested.json().path("number").asString()).isEqualTo((base + 8) + "-од");
        assertThat(mixed.json().path("number").asString()).isEqualTo(String.valueOf(base + 9));
    }

    @Test
    void aCuratorOfAnotherSchoolGets404ForTheOrderAndItsFileAndDoesNotListIt() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        String number = number("-к");
        register(DemoAccounts.CURATOR, school, number, LocalDate.now().minusDays(1), "Чужой приказ");
        long id = idOf(school, number);
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);

        assertThat(api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/api/v1/orders/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/api/v1/orders/" + id + "/file")
                        .status())
                .isEqualTo(404);
        assertThat(other.download("/documents/orders/" + id + "/file").statusCode())
                .isEqualTo(404);
        assertThat(other.get("/documents/orders?q=" + number).body()).doesNotContain("Чужой приказ");
        assertThat(api(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                        .get("/api/v1/orders?q=" + number)
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        HttpResponse<String> intruder =
                register(DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL, school, number("-x"), LocalDate.now(), "Вторжение");
        assertThat(intruder.statusCode()).isEqualTo(404);
    }

    @Test
    void aMentorCannotRegisterOrders() {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        WebSession mentor = WebSession.signIn(port, DemoAccounts.MENTOR);

        assertThat(mentor.get("/documents/orders/new").statusCode()).isEqualTo(403);
        assertThat(register(DemoAccounts.MENTOR, school, number(""), LocalDate.now(), "Приказ наставника")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void twoRegistrationsOfOneNumberAtOnceGiveOneOrderAndOneClearRefusal() throws Exception {
        long school = Fixtures.ownOrganization(port, DemoAccounts.CURATOR);
        LocalDate date = LocalDate.now().minusDays(2);
        for (int attempt = 0; attempt < 3; attempt++) {
            String number = number("-гонка");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String title = "Гонка " + i;
                answers.add(threads.submit(() -> {
                    start.await();
                    return register(DemoAccounts.CURATOR, school, number, date, title);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> messagesSeen = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() != 201) {
                    messagesSeen.add(new Api.Response(response).fieldMessage("number"));
                }
            }
            threads.shutdown();

            assertThat(statuses).containsExactlyInAnyOrder(201, 422);
            assertThat(messagesSeen.get(0)).contains(number);
            assertThat(count(school, number)).isEqualTo(1);
        }
    }

    private HttpResponse<String> register(String email, long unit, String number, LocalDate date, String title) {
        return WebSession.apiUpload(
                port, "/api/v1/orders", email, fields(unit, number, date, title), "Приказ " + number + ".pdf", PDF);
    }

    private static Map<String, String> fields(long unit, String number, LocalDate date, String title) {
        return Map.of(
                "unitId",
                String.valueOf(unit),
                "type",
                "PAIRS_FIXING",
                "number",
                number,
                "date",
                date.toString(),
                "title",
                title);
    }

    private static String number(String suffix) {
        return NUMBERS.incrementAndGet() + suffix;
    }

    private long idOf(long unit, String number) {
        return jdbc.sql("select id from document_order where unit_id = ? and number = ?")
                .params(unit, number)
                .query(Long.class)
                .single();
    }

    private long count(long unit, String number) {
        return jdbc.sql("select count(*) from document_order where unit_id = ? and lower(number) = lower(?)")
                .params(unit, number.strip())
                .query(Long.class)
                .single();
    }

    private Api api(String email) {
        return Api.as(port, email);
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, java.util.Locale.forLanguageTag("ru"));
    }
}
