package org.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.support.WebSession;

/** Staff imports through the pages, as integration tests need them. */
public final class StaffImports {

    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");

    private StaffImports() {}

    /** Uploads the file into the organization and returns the page it ends on (the job's outcome or the form). */
    static String importFile(WebSession session, long school, byte[] file) {
        session.get("/people/import");
        HttpResponse<String> response =
                session.upload("/people/import", Map.of("org", String.valueOf(school)), "file", "staff.xlsx", file);
        if (response.statusCode() != 302) {
            return response.body();
        }
        return awaitFinished(session, URI.create(location(response)).getPath());
    }

    public static String jobPath(WebSession session, long school, byte[] file, String name) {
        session.get("/people/import");
        HttpResponse<String> response =
                session.upload("/people/import", Map.of("org", String.valueOf(school)), "file", name, file);
        assertThat(response.statusCode()).isEqualTo(302);
        return URI.create(location(response)).getPath();
    }

    static String awaitFinished(WebSession session, String path) {
        for (int attempt = 0; attempt < 120; attempt++) {
            String page = session.get(path).body();
            if (!page.contains("hx-trigger=\"every 1s\"")) {
                return page;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("The import did not finish in time: " + path);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    static long editableOrganization(WebSession session) {
        Matcher option = OPTION.matcher(session.get("/people/import").body());
        assertThat(option.find()).isTrue();
        return Long.parseLong(option.group(1));
    }

    /** Text as Thymeleaf's th:text writes it into the page. */
    public static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
