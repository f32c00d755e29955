package dk.pejling.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the servlet's multipart limit, or a multipart body that cannot be parsed, fails
 * while the request is read, before any controller is chosen, so the advice of a controller type
 * never sees it. This advice, for no controller in particular, answers it: a problem with a field
 * error on {@code file} for the API (413 for too large, but 400 on the import APIs; 400 for unreadable), and for the web the
 * error page (or, for an htmx request, its message alone).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UploadErrorHandler.class);

    private final DataSize limit;
    private final JsonMapper json;

    UploadErrorHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit, JsonMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long mb = limit.toMegabytes();
        // An import API answers every file it cannot take with 400 and a field error on the file, the
        // size included, as it does for a file over its own (smaller) import limit.
        int status = isImportApi(request) ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        return answer(request, response, status, "File too large",
                "The file is larger than the " + mb + " MB the server accepts in one upload.", "is larger than " + mb + " MB",
                "error/413", mb);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadable(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.debug("unreadable multipart request", e);
        return answer(request, response, HttpServletResponse.SC_BAD_REQUEST, "Unreadable upload",
                "The upload is not a readable multipart/form-data request.", "could not be read; send it again", "error/400",
                limit.toMegabytes());
    }

    private static boolean isImportApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") && path.endsWith("imports");
    }

    private ModelAndView answer(HttpServletRequest request, HttpServletResponse response, int status, String title,
                                String detail, String fieldError, String page, long mb) throws IOException {
        response.setStatus(status);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", status);
            problem.put("detail", detail);
            problem.put("fieldErrors", Map.of("file", fieldError));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(problem));
            return null;
        }
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        ModelAndView view = new ModelAndView(htmx ? page + " :: message" : page);
        view.addObject("maxMegabytes", mb);
        return view;
    }
}
