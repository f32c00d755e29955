package dk.pejling.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The REST answer (400, a problem) to an import with row errors, as every import's API gives it: the field
 * error on {@code file}, to which each import adds its result so the errors can be shown by row.
 */
public final class RejectedImportProblem {

    private RejectedImportProblem() {
    }

    /** The problem's common members, in order; the caller adds its result's. */
    public static Map<String, Object> body(int errorCount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", "Import rejected");
        body.put("status", HttpStatus.BAD_REQUEST.value());
        String detail = errorCount + " row(s) have errors; nothing was imported.";
        body.put("detail", detail);
        body.put("fieldErrors", Map.of("file", detail));
        return body;
    }
}
