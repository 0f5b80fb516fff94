package org.nastavnik.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.ObjectMapper;

/**
 * Problem details also for API requests that reach no controller (an unknown path, a method the
 * path does not take), which {@link ApiProblems} as a controller advice never sees.
 */
@Component
class ApiRoutingProblems implements HandlerExceptionResolver, Ordered {

    private final MessageSource messages;
    private final ObjectMapper json;

    ApiRoutingProblems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        boolean routing = e instanceof NoResourceFoundException
                || e instanceof NoHandlerFoundException
                || e instanceof HttpRequestMethodNotSupportedException;
        if (!routing || !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")) {
            return null;
        }
        ErrorResponse error = (ErrorResponse) e;
        int status = error.getStatusCode().value();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put(
                "title",
                messages.getMessage("error.http." + status, null, "HTTP " + status, LocaleContextHolder.getLocale()));
        problem.put("status", status);
        problem.put("instance", request.getRequestURI());
        try {
            response.setStatus(status);
            error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
            response.getWriter().write(json.writeValueAsString(problem));
        } catch (IOException ioe) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
