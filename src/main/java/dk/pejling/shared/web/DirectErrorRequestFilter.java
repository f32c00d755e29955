package dk.pejling.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container forwards a failed request; asked for directly, it has no error
 * to show, and Spring Boot's error controller then reports a 500 — a server fault that never happened,
 * and noise in every monitoring. A direct request is answered as what it is: a page that does not exist
 * (the container forwards that 404 to the error page as usual).
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorRequestFilter {

    /** Registered for {@code /error} only; the filter itself is no bean, or Boot would map it to every path. */
    @Bean
    FilterRegistrationBean<NotFound> directErrorRequests() {
        FilterRegistrationBean<NotFound> registration = new FilterRegistrationBean<>(new NotFound());
        registration.addUrlPatterns("/error", "/error/*");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class NotFound extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
