package dk.pejling.shared.web;

import dk.pejling.shared.ForbiddenException;
import dk.pejling.shared.NotFoundException;
import dk.pejling.shared.StorageFullException;
import dk.pejling.shared.VersionConflictException;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Error pages for the web UI, in the user's language, instead of a bare status code. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

    /** 507 Insufficient Storage (RFC 4918): the servlet API has no constant for it. */
    static final int SC_INSUFFICIENT_STORAGE = 507;
    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    @ExceptionHandler(StorageFullException.class)
    String storageFull(StorageFullException e, HttpServletResponse response) {
        log.error("upload refused: {}", e.getMessage(), e);
        response.setStatus(SC_INSUFFICIENT_STORAGE);
        return "error/507";
    }

    /** No database connection free in time ({@link BusyDatabase}): "try again in a moment", not a fault. */
    @ExceptionHandler({SQLTransientConnectionException.class, CannotGetJdbcConnectionException.class,
            CannotCreateTransactionException.class})
    String busy(Exception e, HttpServletResponse response) throws Exception {
        if (!BusyDatabase.causedBy(e)) {
            throw e;
        }
        log.warn("no database connection free in time; answered 503: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(BusyDatabase.RETRY_AFTER_SECONDS));
        return "error/503";
    }

    @ExceptionHandler(VersionConflictException.class)
    String conflict(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }
}
