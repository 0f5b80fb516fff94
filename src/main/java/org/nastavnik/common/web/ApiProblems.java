package org.nastavnik.common.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details with Russian titles; validation errors list
 * each field with its message. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    public ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "error.404.title");
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "error.403.title");
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail conflict(ConcurrentChangeException e) {
        return problem(HttpStatus.CONFLICT, "error.conflict");
    }

    @ExceptionHandler(FieldProblem.class)
    ProblemDetail fieldProblem(FieldProblem e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "error.validation");
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field",
                        e.field(),
                        "message",
                        messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale()))));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
        problem.setProperty(
                "errors",
                e.getBindingResult().getFieldErrors().stream()
                        .map(error -> Map.of(
                                "field", error.getField(),
                                "message", messages.getMessage(error, LocaleContextHolder.getLocale())))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getTitle() != null) {
            problem.setTitle(messages.getMessage(
                    "error.http." + status.value(), null, problem.getTitle(), LocaleContextHolder.getLocale()));
            problem.setDetail(null);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ProblemDetail problem(HttpStatus status, String titleCode) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(titleCode, null, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
