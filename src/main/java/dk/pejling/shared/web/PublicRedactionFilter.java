package dk.pejling.shared.web;

import dk.pejling.shared.Redaction;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Publishes marked names as neutral labels on every text answer to the anonymous public: pages, API
 * JSON, CSV exports, error pages. One place, after everything else has rendered, so no new page or
 * endpoint can forget it. Only text answers are held back to be rewritten ({@link TextBufferingResponse});
 * documents and binary reports stream through, and the report module redacts PDF, DOCX and XLSX when it
 * builds them for the public.
 */
class PublicRedactionFilter extends OncePerRequestFilter {

    /** Inside Spring Security's chain (order -100), so the signed-in user is known. */
    static final int ORDER = 0;

    /**
     * Registered once, through this registration only: the filter itself is no bean, or Spring Boot
     * would register it a second time with the default order and every anonymous answer would be
     * buffered and rewritten twice.
     */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<PublicRedactionFilter> publicRedaction() {
            FilterRegistrationBean<PublicRedactionFilter> registration = new FilterRegistrationBean<>(new PublicRedactionFilter());
            registration.setOrder(ORDER);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        TextBufferingResponse wrapper = new TextBufferingResponse(response, PublicRedactionFilter::isText);
        chain.doFilter(request, wrapper);
        if (wrapper.held()) {
            byte[] body = wrapper.body();
            if (Redaction.mayContainMarks(body)) {
                body = Redaction.forPublic(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            if (!response.isCommitted()) {
                response.setContentLength(body.length);
            }
            response.getOutputStream().write(body);
        }
    }

    private static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    }

    /**
     * Text answers only. Office files (DOCX, XLSX: "…officedocument…ml.document") are zip archives whose
     * bytes may happen to hold "[[": decoding them as text would corrupt them.
     */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT).split(";")[0].strip();
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml");
    }
}
