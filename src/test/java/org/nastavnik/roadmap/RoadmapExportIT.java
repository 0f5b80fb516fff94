package org.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.Api;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A saved roadmap downloaded as DOCX, PDF and xlsx from its page and the API, opened again. */
@IntegrationTest
class RoadmapExportIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApprovedRoadmapDownloadsAsADocxWithTheApprovalBlockAndARussianName() throws IOException {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Экспорт A");
        approve(id);

        HttpResponse<byte[]> docx = curator.download("/roadmaps/" + id + "/export.docx");

        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
        String disposition = URLDecoder.decode(
                docx.headers().firstValue("Content-Disposition").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(disposition).contains("attachment", "Дорожная карта " + owner(id), ".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(document.getParagraphs().get(0).getText())
                    .contains("УТВЕРЖДЕНА", "приказом " + owner(id))
                    .contains("от " + DATE.format(LocalDate.now()) + " № 12-о");
            assertThat(document.getTables().get(0).getText()).contains("Приказ о наставничестве", "Совет наставников");
        }
        RoadmapDocx.Read read = RoadmapDocx.read(docx.body(), "again.docx");
        assertThat(read.items()).isEqualTo(4);
        assertThat(read.sections()).isEqualTo(2);
        assertThat(read.table()).contains("при необходимости", DATE.format(LocalDate.now()));
    }

    @Test
    void theApiGivesThePdfWithCyrillicTextAndADraftIsAProject() throws Exception {
        long id = RoadmapTestSupport.saveTracked(WebSession.signIn(port, DemoAccounts.CURATOR), "Экспорт B");

        HttpResponse<byte[]> pdf = apiDownload("/api/v1/roadmaps/" + id + "/export.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ПРОЕКТ", "Экспорт B", "Приказ о наставничестве", "Педагог-психолог");
            assertThat(text).doesNotContain("УТВЕРЖДЕНА");
        }
    }

    @Test
    void theSheetShowsEachActivityWithItsDatesAndTheirStatus() throws Exception {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        long id = RoadmapTestSupport.saveTracked(curator, "Экспорт C");

        HttpResponse<byte[]> xlsx = curator.download("/roadmaps/" + id + "/export.xlsx");
        HttpResponse<byte[]> api = apiDownload("/api/v1/roadmaps/" + id + "/export.xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(api.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Приказ о наставничестве");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue())
                    .isEqualTo(DATE.format(LocalDate.now().minusDays(10)) + " — просрочено");
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("без даты — запланировано");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("2 Итоги");
        }
    }

    @Test
    void aCuratorOfAnotherSchoolCannotDownloadTheRoadmap() throws Exception {
        long id = RoadmapTestSupport.saveTracked(WebSession.signIn(port, DemoAccounts.CURATOR), "Экспорт D");
        WebSession other = WebSession.signIn(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL);

        for (String format : new String[] {"docx", "pdf", "xlsx"}) {
            assertThat(other.download("/roadmaps/" + id + "/export." + format).statusCode())
                    .isEqualTo(404);
            assertThat(Api.as(port, DemoAccounts.CURATOR_OF_ANOTHER_SCHOOL)
                            .get("/api/v1/roadmaps/" + id + "/export." + format)
                            .status())
                    .isEqualTo(404);
        }
    }

    private void approve(long id) {
        Api.Response approved = Api.as(port, DemoAccounts.CURATOR)
                .post(
                        "/api/v1/roadmaps/" + id + "/status",
                        Map.of(
                                "status",
                                "APPROVED",
                                "orderNumber",
                                "12-о",
                                "orderDate",
                                LocalDate.now().toString(),
                                "version",
                                0));
        assertThat(approved.status()).isEqualTo(200);
    }

    private String owner(long id) {
        return jdbc.sql("select u.short_name from roadmap r join unit u on u.id = r.owner_unit_id where r.id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private HttpResponse<byte[]> apiDownload(String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder()
                .encodeToString((DemoAccounts.CURATOR + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + basic)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
