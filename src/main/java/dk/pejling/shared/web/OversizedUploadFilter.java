package dk.pejling.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * An upload from a plain browser form carries its CSRF token in the multipart body, so the security
 * chain reads the body's parameters before any controller, and for a body over the limit the servlet
 * container then answers with its own raw 413 page. A page upload that says in its Content-Length that
 * it is over the limit is therefore refused here, before anything reads it, with Pejling's 413 page
 * ({@code error/413}, in the user's language; for htmx its message alone) rendered right here: an error
 * dispatch or a forward would let the multipart resolver parse the body after all. The API is not
 * concerned: it reads no parameters from the body, and {@link UploadErrorHandler} answers it.
 */
@Configuration(proxyBeanMethods = false)
class OversizedUploadFilter {

    @Bean
    FilterRegistrationBean<Refuse> oversizedPageUploads(
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
            @Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views, ObjectProvider<LocaleResolver> locales) {
        FilterRegistrationBean<Refuse> registration = new FilterRegistrationBean<>(new Refuse(maxRequest, maxFile, views, locales));
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** The filter itself, not a bean, so Boot does not register it a second time. */
    static final class Refuse extends OncePerRequestFilter {

        private final DataSize maxRequest;
        private final DataSize maxFile;
        private final ObjectProvider<ViewResolver> views;
        private final ObjectProvider<LocaleResolver> locales;

        Refuse(DataSize maxRequest, DataSize maxFile, ObjectProvider<ViewResolver> views, ObjectProvider<LocaleResolver> locales) {
            this.maxRequest = maxRequest;
            this.maxFile = maxFile;
            this.views = views;
            this.locales = locales;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            boolean pageUpload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                    && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            if (pageUpload && request.getContentLengthLong() > maxRequest.toBytes()) {
                refuse(request, response);
                return;
            }
            chain.doFilter(request, response);
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            LocaleResolver localeResolver = locales.getIfAvailable();
            if (localeResolver != null) {
                request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, localeResolver);
            }
            Locale locale = localeResolver != null ? localeResolver.resolveLocale(request) : request.getLocale();
            boolean htmx = "true".equals(request.getHeader("HX-Request"));
            try {
                View view = views.getObject().resolveViewName(htmx ? "error/413 :: message" : "error/413", locale);
                if (view != null) {
                    view.render(Map.of("maxMegabytes", maxFile.toMegabytes()), request, response);
                    return;
                }
            } catch (Exception e) {
                logger.warn("could not render the page for an upload over the limit", e);
            }
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }
}
