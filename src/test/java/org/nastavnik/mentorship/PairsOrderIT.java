package org.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.Fixtures;
import org.nastavnik.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The order fixing pairs: only consented ones, one number a year, its text, and all or nothing. */
@IntegrationTest
class PairsOrderIT {

    @LocalServerPort
    int port;

    PairFixtures fixtures;
    Api curator;

    @BeforeEach
    void fixtures() {
        fixtures = new PairFixtures(port);
        curator = fixtures.curator();
    }

    @Test
    void theOrderListsItsPairsInRussianAndMakesThemActive() throws Exception {
        long mentor = fixtures.mentor(2);
        long mentee = fixtures.mentee();
        long pair = consentedPair(mentor, mentee);
        String number = uniqueNumber();
        Map<String, Object> order = order(List.of(pair), number);

        byte[] docx = curator.bytes("POST", "/api/v1/pairs/orders/preview?format=docx", order);
        String word;
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            word = text.getText();
        }
        assertThat(word).contains("ПРИКАЗ", "О закреплении наставнических пар (групп)", "№ " + number);
        assertThat(curator.get("/api/v1/pairs/" + pair).json().path("status").asString())
                .as("a preview registers nothing")
                .isEqualTo("CONSENTED");

        Api.Response issued = curator.post("/api/v1/pairs/orders", order);
        assertThat(issued.status()).isEqualTo(201);
        long orderId = issued.json().path("id").asLong();
        byte[] pdf = curator.bytes("GET", "/api/v1/orders/" + orderId + "/file", null);
        String printed;
        try (var document = Loader.loadPDF(pdf)) {
            printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(printed)
                .contains("О закреплении наставнических пар (групп)")
                .contains("№ " + number)
                .contains(LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .contains(lastName(fixtures.personOfMentor(mentor)))
                .contains(lastName(fixtures.personOfMentee(mentee)))
                .contains("Н.П. Смирнова");
        JsonNode active = curator.get("/api/v1/pairs/" + pair).json();
        assertThat(active.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.path("orderId").asLong()).isEqualTo(orderId);
    }

    @Test
    void noOrderBeforeEveryConsentAndARefusedNumberLeavesThePairsAsTheyWere() {
        long draft = fixtures.create(fixtures.pair(fixtures.mentor(1), fixtures.mentee()))
                .path("id")
                .asLong();
        Api.Response early = curator.post("/api/v1/pairs/orders", order(List.of(draft), uniqueNumber()));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.fieldMessage("mentorshipIds")).contains("не все участники дали согласие");

        long first = consentedPair(fixtures.mentor(1), fixtures.mentee());
        String number = uniqueNumber();
        assertThat(curator.post("/api/v1/pairs/orders", order(List.of(first), number))
                        .status())
                .isEqualTo(201);
        long second = consentedPair(fixtures.mentor(1), fixtures.mentee());
        Api.Response taken = curator.post("/api/v1/pairs/orders", order(List.of(second), number));
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.fieldMessage("number")).contains("уже занят");
        assertThat(curator.get("/api/v1/pairs/" + second).json().path("status").asString())
                .isEqualTo("CONSENTED");
    }

    @Test
    void aProposalIsAcceptedWholeOrNotAtAll() {
        long mentor = fixtures.mentor(1);
        long first = fixtures.mentee();
        long second = fixtures.mentee();
        Api.Response refused = curator.post(
                "/api/v1/pairs/batch", List.of(fixtures.pair(mentor, first), fixtures.pair(mentor, second)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldMessage("lines[1]")).contains("нет свободных мест");
        assertThat(curator.get("/api/v1/mentors/" + mentor).json().path("load").asInt())
                .as("the first line was not kept either")
                .isZero();
        Api.Response created = curator.post(
                "/api/v1/pairs/batch",
                List.of(fixtures.pair(mentor, first), fixtures.pair(fixtures.mentor(1), second)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).hasSize(2);
    }

    private long consentedPair(long mentor, long mentee) {
        long id = fixtures.create(fixtures.pair(mentor, mentee)).path("id").asLong();
        JsonNode asked = curator.post("/api/v1/pairs/" + id + "/request-consents", Map.of("version", 0))
                .json();
        for (JsonNode member : asked.path("members")) {
            curator.post(
                    "/api/v1/pairs/" + id + "/members/" + member.path("id").asLong() + "/consent",
                    Map.of("consentOn", LocalDate.now().toString()));
        }
        return id;
    }

    private Map<String, Object> order(List<Long> pairs, String number) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("organizationId", fixtures.school);
        order.put("mentorshipIds", pairs);
        order.put("number", number);
        order.put("date", LocalDate.now().toString());
        order.put("signerName", "Н.П. Смирнова");
        order.put("curatorName", "Л.М. Иванова");
        return order;
    }

    private String lastName(long person) {
        return curator.get("/api/v1/people/" + person).json().path("lastName").asString();
    }

    private static String uniqueNumber() {
        return Fixtures.uniqueLastName("").toUpperCase(java.util.Locale.ROOT) + "-о";
    }
}
