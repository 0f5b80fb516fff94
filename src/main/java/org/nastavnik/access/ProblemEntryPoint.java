package org.nastavnik.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nastavnik.common.RussianText;
import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for the API as an RFC 9457 problem. Security filters run before the dispatcher has set the
 * (fixed, Russian) locale, so the title is read in Russian explicitly.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

    private final MessageSource messages;

    ProblemEntryPoint(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader("WWW-Authenticate", "Basic realm=\"nastavnik\"");
        String title = messages.getMessage("error.401.title", null, RussianText.RU)
                .replace("\\", "\\\\")
                .replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":401}");
    }
}
