package dk.pejling.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the portal's pages, feeds, embeds and data files from {@link RenderedPages} until the data
 * changes, before Spring Security, the ETag filter and the view are reached: a stored page costs a map
 * lookup and a write. A miss goes through the whole chain as before and the answer is stored.
 *
 * <p>What is safe to share: a portal answer is the same for every visitor (the portal renders as the
 * anonymous public, whoever is signed in) and differs only by address and language, so the key is the
 * address with its query and the language of the visitor's language cookie. Only a request without a
 * session or credentials may store an answer, and a stored answer carries no cookie. A request that
 * changes the language ({@code ?lang=}) is not served from the store, so its cookie is still set.
 *
 * <p>Compression: the application leaves answers uncompressed because of BREACH (a secret such as a CSRF
 * token in a compressed answer that also reflects the visitor's input can be guessed from the sizes).
 * Portal answers hold no secret — no CSRF token, no session, no user data — so there is nothing to
 * guess: they are sent gzipped to a client that accepts it, compressed once when stored.
 */
class RenderedPageFilter extends OncePerRequestFilter {

    /** Outside the ETag filter (-200), so a stored answer keeps the ETag it was sent with. */
    static final int ORDER = -250;
    /** How long a request waits for another's rendering of the same page before it renders it itself. */
    private static final int WAIT_SECONDS = 10;
    private static final String LANGUAGE_COOKIE = "pejling-lang";

    private final RenderedPages pages;

    RenderedPageFilter(RenderedPages pages) {
        this.pages = pages;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<RenderedPageFilter> renderedPortalPages(RenderedPages pages) {
            FilterRegistrationBean<RenderedPageFilter> registration = new FilterRegistrationBean<>(new RenderedPageFilter(pages));
            registration.addUrlPatterns("/portal", "/portal/*", "/data/*");
            registration.setOrder(ORDER);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        RenderedPages.Answer stored = pages.find(key);
        if (stored != null) {
            send(stored, request, response);
            return;
        }
        java.util.concurrent.CompletableFuture<Void> underWay = pages.claim(key);
        RenderedPages.Answer expired = underWay == null ? null : pages.expired(key);
        if (expired != null) {
            send(expired, request, response);
            return;
        }
        if (underWay != null) {
            try {
                underWay.get(WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // render it ourselves below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stored = pages.find(key);
            if (stored != null) {
                send(stored, request, response);
                return;
            }
        }
        try {
            renderAndKeep(key, request, response, chain);
        } finally {
            if (underWay == null) {
                pages.rendered(key); // after the answer is kept, so the waiting requests find it
            }
        }
    }

    private void renderAndKeep(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long version = pages.version();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        DataChanges.rendering(true);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            DataChanges.rendering(false);
        }
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && anonymous(request) && wrapper.getHeader("Set-Cookie") == null) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Content-Type")
                        && !name.equalsIgnoreCase("Date")) {
                    wrapper.getHeaders(name).forEach(v -> headers.add(Map.entry(name, v)));
                }
            }
            if (wrapper.getHeader("Content-Language") == null && wrapper.getContentType() != null
                    && wrapper.getContentType().startsWith("text/html")) {
                headers.add(Map.entry("Content-Language", wrapper.getLocale().toLanguageTag()));
            }
            pages.keep(key, version, wrapper.getContentType(), headers, wrapper.getHeader("ETag"), wrapper.getContentAsByteArray());
        }
        wrapper.copyBodyToResponse();
    }

    private static void send(RenderedPages.Answer stored, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        stored.headers().forEach(h -> response.addHeader(h.getKey(), h.getValue()));
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (stored.etag() != null && ifNoneMatch != null && ifNoneMatch.contains(stored.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(stored.contentType());
        byte[] body = stored.body();
        if (acceptsGzip(request) && compressible(stored.contentType())) {
            response.setHeader("Content-Encoding", "gzip");
            body = stored.gzipped();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Encoding");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static boolean compressible(String contentType) {
        return contentType != null && (contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("json"));
    }

    /** No session and no credentials: whatever the chain answered, it answered to the public. */
    private static boolean anonymous(HttpServletRequest request) {
        return request.getHeader("Authorization") == null && request.getRequestedSessionId() == null
                && request.getSession(false) == null;
    }

    /**
     * The address with its parameters (as the controllers read them, in a fixed order), and the language
     * the visitor's cookie chooses (Danish without one).
     */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(language(request)).append(' ').append(request.getRequestURI());
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append('\n').append(name).append('=').append(value);
            }
        });
        return key.toString();
    }

    private static String language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (LANGUAGE_COOKIE.equals(c.getName())) {
                    try {
                        Locale locale = StringUtils.parseLocale(c.getValue());
                        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "da";
                    } catch (IllegalArgumentException garbled) {
                        return "da";
                    }
                }
            }
        }
        return "da";
    }
}
