package dk.pejling.shared.web;

import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.StorageFullException;
import dk.pejling.shared.VersionConflictException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns domain exceptions into RFC 9457 problem details for the REST API. Field errors are a
 * map from field name to message, so a client can show them next to its own inputs.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    /**
     * One body for every 404, whatever was not found or hidden: the exception's message names the record
     * kind and id that failed (for a goal of an internal strategy, the strategy), which would tell a caller
     * that the goal exists and which strategy it is under. The address of the request says what was asked.
     */
    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        log.debug("not found: {}", e.getMessage());
        return problem(HttpStatus.NOT_FOUND, "Not found", NOT_FOUND);
    }

    static final String NOT_FOUND = "Nothing was found at this address, or you may not see it.";

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You may not do this.");
    }

    /** The operator must free space; the client may send the same request again later. */
    @ExceptionHandler(StorageFullException.class)
    ProblemDetail storageFull(StorageFullException e) {
        log.error("upload refused: {}", e.getMessage(), e);
        return problem(HttpStatus.INSUFFICIENT_STORAGE, "Storage full",
                "The server has no room left to store the file. Nothing was saved; try again later.");
    }

    static final String BUSY = "The server is busy: no database connection was free in time. Nothing was done; "
            + "send the request again in a moment.";

    /**
     * No database connection to be had in time ({@link BusyDatabase}); a transaction that could not begin for
     * another reason is still a 500. Nothing was done, so the client (or nginx, for a GET) may send it again.
     */
    @ExceptionHandler({SQLTransientConnectionException.class, CannotGetJdbcConnectionException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> busy(Exception e) throws Exception {
        if (!BusyDatabase.causedBy(e)) {
            throw e;
        }
        log.warn("no database connection free in time; answered 503: {}", firstLine(e.getMessage()));
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", BUSY);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(BusyDatabase.RETRY_AFTER_SECONDS)).body(problem);
    }

    @ExceptionHandler(VersionConflictException.class)
    ProblemDetail conflict(VersionConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Version conflict", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentConflict(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "Version conflict", "The record was changed by someone else; reload it.");
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.fieldErrors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        return invalid(errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof InvalidInputException invalid) {
            return invalid(invalid.fieldErrors());
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                // A value of the wrong type (an unknown enum constant, a malformed UUID or date): name the field.
                return invalid(Map.of(fieldPath(mismatch.getPath()), "has an invalid value"));
            }
        }
        log.debug("unreadable request body", e);
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request", "The request body is not valid JSON for this resource: "
                + firstLine(cause.getMessage()));
    }

    /**
     * A value a library refuses after the domain's own checks, such as a password over BCrypt's 72 bytes
     * ("password cannot be more than 72 bytes"): bad input, not a server fault. Named after the field when
     * the message names one; logged, so a refusal that is really a bug is still seen.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        log.info("input refused by a library: {}", firstLine(e.getMessage()));
        String message = firstLine(e.getMessage());
        if (message.startsWith("password ")) {
            return invalid(Map.of("password", message.substring("password ".length())
                    .replace("cannot be more than", "must be at most")));
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "The request has a value the server cannot accept.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(Map.of(e.getName(), "has an invalid value"));
    }

    private static ProblemDetail invalid(Map<String, String> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields are invalid.");
        problem.setProperty("fieldErrors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** "links[0].url", as the domain names nested fields. */
    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
