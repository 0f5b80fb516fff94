package org.nastavnik.support;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TOTP codes for tests, as an authenticator app would compute them. */
public final class Totp {

    private static final Pattern SECRET = Pattern.compile("\\b([A-Z2-7]{32})\\b");

    private Totp() {}

    public static String code(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Math.floorDiv(System.currentTimeMillis() / 1000, 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret an enrollment page shows for typing in by hand. */
    public static String secretShownOn(String page) {
        Matcher matcher = SECRET.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no TOTP secret on the page");
        }
        return matcher.group(1);
    }
}
