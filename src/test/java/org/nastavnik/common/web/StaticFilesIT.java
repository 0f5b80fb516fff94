package org.nastavnik.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nastavnik.support.DemoAccounts;
import org.nastavnik.support.IntegrationTest;
import org.nastavnik.support.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Static files are downloaded once over a slow link: pages link them at addresses that change with
 * their content (or webjar version), and those are kept by the browser for a year; pages themselves
 * are never kept.
 */
@IntegrationTest
class StaticFilesIT {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void pagesLinkVersionedStaticFilesThatBrowsersKeepForAYear() {
        WebSession curator = WebSession.signIn(port, DemoAccounts.CURATOR);
        HttpResponse<String> page = curator.get("/people");
        List<String> linked = linked(page.body());

        assertThat(linked)
                .anySatisfy(href -> assertThat(href).matches("/assets/css/app-[0-9a-f]{32}\\.css"))
                .anySatisfy(href -> assertThat(href).matches("/assets/js/app-[0-9a-f]{32}\\.js"))
                .anySatisfy(href -> assertThat(href).matches("/webjars/bootstrap/[0-9.]+/css/.+\\.css"));
        for (String href : linked) {
            HttpResponse<byte[]> file = curator.download(href);
            assertThat(file.statusCode()).as(href).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElseThrow())
                    .as(href)
                    .contains("max-age=31536000")
                    .doesNotContain("no-store");
        }
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(linked(WebSession.anonymous(port).get("/login").body()))
                .anySatisfy(href -> assertThat(href).matches("/assets/css/app-[0-9a-f]{32}\\.css"));
    }

    private static List<String> linked(String html) {
        Matcher m = LINKED.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
