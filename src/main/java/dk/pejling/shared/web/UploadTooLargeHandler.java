package dk.pejling.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the servlet's multipart limit fails while the request is read, before any
 * controller is chosen, so the advice of a controller type never sees it. This advice, for no
 * controller in particular, answers it: a 413 problem with a field error on {@code file} for the
 * API, the "file too large" page (or, for an htmx request, its message alone) for the web.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeHandler {

    private final DataSize limit;
    private final JsonMapper json;

    UploadTooLargeHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit, JsonMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        long mb = limit.toMegabytes();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "File too large");
            problem.put("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            problem.put("detail", "The file is larger than the " + mb + " MB the server accepts in one upload.");
            problem.put("fieldErrors", Map.of("file", "is larger than " + mb + " MB"));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json.writeValueAsString(problem));
            return null;
        }
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        ModelAndView page = new ModelAndView(htmx ? "error/413 :: message" : "error/413");
        page.addObject("maxMegabytes", mb);
        return page;
    }
}
