package dk.pejling.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter. It marks the thread as serving a request, so the pool gives it a connection within
 * {@code pejling.db.request-connection-timeout} ({@link RequestConnectionTimeout}) instead of the long wait
 * background work gets, and it answers 503 with {@code Retry-After} when no connection was to be had in
 * time anywhere in the request: in the session or token lookup of the filters before any controller, where
 * {@link ApiErrorHandler} and {@link PageErrorHandler} do not reach, as well as in a controller.
 */
@Configuration(proxyBeanMethods = false)
class BusyDatabaseFilter {

    @Bean
    FilterRegistrationBean<Answer503> busyDatabase() {
        FilterRegistrationBean<Answer503> registration = new FilterRegistrationBean<>(new Answer503());
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The filter itself, not a bean, so Boot does not register it a second time. */
    static final class Answer503 extends OncePerRequestFilter {

        private static final Logger log = LoggerFactory.getLogger(BusyDatabaseFilter.class);

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                RequestConnectionTimeout.serveRequest(() -> chain.doFilter(request, response));
            } catch (ServletException | IOException | RuntimeException e) {
                if (!BusyDatabase.causedBy(e) || response.isCommitted()) {
                    throw e;
                }
                log.warn("{} {}: no database connection free in time; answered 503", request.getMethod(),
                        request.getRequestURI());
                answer(request, response);
            }
        }

        private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(BusyDatabase.RETRY_AFTER_SECONDS));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                        + "\"detail\":\"" + ApiErrorHandler.BUSY + "\"}");
            } else {
                // The error page (error/503, in the user's language) through the container's error dispatch.
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }
}
