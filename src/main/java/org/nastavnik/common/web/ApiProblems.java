package org.nastavnik.common.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nastavnik.common.ConcurrentChangeException;
import org.nastavnik.common.FieldProblem;
import org.nastavnik.common.ForbiddenException;
import org.nastavnik.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Errors of the JSON API as RFC 9457 problem details with Russian titles: 400 for input that
 * does not pass validation (each field with its message), 403, 404, 409 for concurrent changes
 * and conflicts, 422 for a broken domain rule. Never a stack trace or an exception message.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

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

    /** A unique constraint lost a race with another request: nothing was saved. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info(
                "Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "error.conflict");
    }

    @ExceptionHandler(FieldProblem.class)
    ProblemDetail fieldProblem(FieldProblem e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "error.validation");
        problem.setProperty(
                "errors",
                e.violations().stream()
                        .map(v -> fieldError(v.field(), v.code(), v.arguments()))
                        .toList());
        return problem;
    }

    /** Whatever else went wrong: logged here, answered without any detail. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in the API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.title");
    }

    /** Thrown by controllers that add cross-field rules to the bean validation of a body. */
    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e) {
        return invalid(e.getBindingResult());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(e.getBindingResult()));
    }

    private ProblemDetail invalid(BindingResult result) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
        problem.setProperty(
                "errors",
                result.getFieldErrors().stream()
                        .map(error -> Map.of(
                                "field", error.getField(),
                                "message", messages.getMessage(error, LocaleContextHolder.getLocale())))
                        .toList());
        return problem;
    }

    /** Malformed JSON, or a value of the wrong type: 400, naming the field where it is known. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.http.400");
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("."));
            problem.setProperty("errors", List.of(fieldError(field, "typeMismatch")));
        }
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

    /** A problem with a Russian title from the message code, for handlers in other modules. */
    public ProblemDetail problem(HttpStatus status, String titleCode) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(titleCode, null, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /** One entry of the {@code errors} list: the field and its Russian message. */
    public Map<String, String> fieldError(String field, String code, Object... arguments) {
        return Map.of(
                "field", field, "message", messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale()));
    }
}
