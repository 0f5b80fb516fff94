package org.nastavnik.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nastavnik.access.AccessService;
import org.nastavnik.access.Role;
import org.nastavnik.people.PeopleService;
import org.nastavnik.people.PersonData;

/**
 * A fresh system administrator for each test that needs one, signed in through the pages with
 * the second factor enrolled on the way (the demo administrator may be enrolled already by
 * another test, with a secret this one cannot know).
 */
public final class Administrators {

    private static final Pattern SECRET = Pattern.compile("\\b([A-Z2-7]{32})\\b");
    private static final String PASSWORD = "administrator passphrase";

    private Administrators() {}

    public static WebSession signedIn(int port, AccessService access, PeopleService people) {
        String email = Fixtures.uniqueLastName("admin") + "@example.org";
        AccessService.asSystem(() -> {
            long person = people.createUnattached(
                    new PersonData(Fixtures.uniqueLastName("Admin"), "Test", null, null, email, null, null));
            access.createAccount(person, email, PASSWORD);
            access.grant(person, Role.ADMIN, null);
        });
        WebSession session = WebSession.signIn(port, email, PASSWORD);
        String page = session.get("/login/second-factor").body();
        Matcher secret = SECRET.matcher(page);
        if (!secret.find()) {
            throw new IllegalStateException("No enrollment secret on the second-factor page");
        }
        HttpResponse<String> verified = session.post("/login/second-factor", Map.of("code", code(secret.group(1))));
        if (verified.statusCode() != 302) {
            throw new IllegalStateException("Second factor refused: " + verified.statusCode());
        }
        return session;
    }

    private static String code(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Math.floorDiv(System.currentTimeMillis() / 1000, 30));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
