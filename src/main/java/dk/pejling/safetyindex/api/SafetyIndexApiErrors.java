package dk.pejling.safetyindex.api;

import dk.pejling.safetyindex.ImportRejectedException;
import dk.pejling.safetyindex.MethodInUseException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The two answers of this module that the shared error handling does not know: 409 for a method in use, 400 with rows. */
@RestControllerAdvice(assignableTypes = SafetyIndexController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SafetyIndexApiErrors {

    @ExceptionHandler(MethodInUseException.class)
    ResponseEntity<Map<String, Object>> inUse(MethodInUseException e) {
        return ResponseEntity.status(409).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(SafetyIndexDtos.problem(409, "Method version in use", e.getMessage(), Map.of()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(ImportRejectedException e) {
        Map<String, Object> body = SafetyIndexDtos.problem(400, "Import rejected", e.getMessage(), Map.of("file", e.getMessage()));
        body.put("rows", e.report().rows());
        body.put("errors", e.report().errors());
        body.put("applied", false);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
