package org.nastavnik.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import org.springframework.web.util.HtmlUtils;

/** Order templates: administrators edit them, everyone else is refused; fill uses the saved text. */
@IntegrationTest
class OrderTemplatesIT {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccessService access;

    @Autowired
    PeopleService people;

    @Autowired
    OrderTemplates templates;

    @Autowired
    MessageSource messages;

    @Test
    void anAdministratorChangesATemplateAndGeneratedOrdersUseItUntilTheBuiltInTextIsBack() {
        WebSession admin = Administrators.signedIn(port, access, people);
        String page = admin.get("/documents/templates/MENTOR_REPLACEMENT").body();
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("{previousMentor}", text("document.placeholder.previousMentor"));

        HttpResponse<String> saved = admin.post(
                "/documents/templates/MENTOR_REPLACEMENT",
                form(
                        "О замене наставника {mentee}",
                        "По заявлению от {date}",
                        "1. Заменить {previousMentor} на {newMentor}.\n\n2) Контроль оставляю за собой.",
                        "Заведующий",
                        version(page)));

        assertThat(saved.statusCode()).isEqualTo(302);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("mentee", "Петровой А.С.");
        values.put("previousMentor", "Кузнецову Е.В.");
        values.put("newMentor", "Соколову Марину Ивановну");
        FilledOrder filled = templates.fill(OrderType.MENTOR_REPLACEMENT, values);
        assertThat(filled.title()).isEqualTo("О замене наставника Петровой А.С.");
        assertThat(filled.preamble()).containsExactly("По заявлению от " + OrderTemplates.BLANK);
        assertThat(filled.clauses())
                .containsExactly("Заменить Кузнецову Е.В. на Соколову Марину Ивановну.", "Контроль оставляю за собой.");
        assertThat(filled.signerPosition()).isEqualTo("Заведующий");

        String edited = admin.get("/documents/templates/MENTOR_REPLACEMENT").body();
        HttpResponse<String> reset =
                admin.post("/documents/templates/MENTOR_REPLACEMENT/reset", Map.of("version", version(edited)));
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(templates.fill(OrderType.MENTOR_REPLACEMENT, Map.of()).title())
                .isEqualTo(text("document.template.MENTOR_REPLACEMENT.title"));
    }

    @Test
    void anUnknownOrMisspelledPlaceholderIsRefusedBesideItsFieldAndNothingChanges() {
        WebSession admin = Administrators.signedIn(port, access, people);
        String page = admin.get("/documents/templates/ROADMAP_APPROVAL").body();

        HttpResponse<String> refused = admin.post(
                "/documents/templates/ROADMAP_APPROVAL",
                form("Об утверждении", "В {yaer} учебном году", "Утвердить {roadmap.", "Директор", version(page)));

        String body = HtmlUtils.htmlUnescape(refused.body());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(body).contains("id=\"preamble-error\"", "id=\"clauses-error\"");
        assertThat(body).contains("{yaer}", text("document.template.placeholder.brace"));
        assertThat(templates.fill(OrderType.ROADMAP_APPROVAL, Map.of()).title())
                .isEqualTo(text("document.template.ROADMAP_APPROVAL.title"));
    }

    @Test
    void aStaleVersionIsAConflictAndOverwritesNothing() {
        WebSession admin = Administrators.signedIn(port, access, people);
        String page = admin.get("/documents/templates/OTHER").body();
        String loaded = version(page);
        admin.post(
                "/documents/templates/OTHER",
                form("Об организации наставничества", "", "Контроль оставляю за собой.", "Директор", loaded));

        HttpResponse<String> stale =
                admin.post("/documents/templates/OTHER", form("Устаревший", "", "Пункт.", "Директор", loaded));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(stale.body())).contains(text("conflict"));
        assertThat(templates.fill(OrderType.OTHER, Map.of()).title()).isEqualTo("Об организации наставничества");
    }

    @Test
    void theSampleOrderIsFilledWithExampleValuesInBothFormats() throws Exception {
        WebSession admin = Administrators.signedIn(port, access, people);

        HttpResponse<byte[]> docx = admin.download("/documents/templates/PAIRS_FIXING/sample.docx");
        HttpResponse<byte[]> pdf = admin.download("/documents/templates/PAIRS_FIXING/sample.pdf");

        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains(text("document.example.organization"), "45-о", "01.09.2025", "Р-145")
                    .contains("до 15.09.2025", "О.П. Смирнова", "Кузнецова Елена Викторовна");
        }
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("ПРИКАЗ", "45-о", "Петрова Анна Сергеевна", "И.И. Иванова");
        }
    }

    @Test
    void aCuratorMayNotSeeOrChangeTemplates() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        Api api = Api.as(port, DemoAccounts.CURATOR);

        assertThat(curator.get("/documents/templates").statusCode()).isEqualTo(403);
        assertThat(curator.get("/documents/templates/PAIRS_FIXING").statusCode())
                .isEqualTo(403);
        assertThat(curator.download("/documents/templates/PAIRS_FIXING/sample.pdf")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/documents/templates/PAIRS_FIXING").status()).isEqualTo(403);
        assertThat(api.put(
                                "/api/v1/documents/templates/PAIRS_FIXING",
                                Map.of(
                                        "title",
                                        "Взлом",
                                        "clauses",
                                        "Пункт",
                                        "signerPosition",
                                        "Директор",
                                        "version",
                                        0))
                        .status())
                .isEqualTo(403);
        assertThat(templates.fill(OrderType.PAIRS_FIXING, Map.of()).title())
                .isEqualTo(text("document.template.PAIRS_FIXING.title"));
    }

    private static Map<String, String> form(
            String title, String preamble, String clauses, String signer, String version) {
        return Map.of(
                "title", title, "preamble", preamble, "clauses", clauses, "signerPosition", signer, "version", version);
    }

    private static String version(String page) {
        Matcher matcher = VERSION.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No version on the page");
        }
        return matcher.group(1);
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, java.util.Locale.forLanguageTag("ru"));
    }
}
