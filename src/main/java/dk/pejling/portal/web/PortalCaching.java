package dk.pejling.portal.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Portal pages, feeds, embeds and data files carry an ETag (a hash of the answer) and
 * "Cache-Control: no-cache": a browser or proxy keeps the page and asks again each time, and gets a
 * 304 without the body until the data it shows changes. Outside Spring Security (order -100) and the
 * redaction filter, so the hash is of what is sent.
 */
@Configuration(proxyBeanMethods = false)
class PortalCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> portalEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
            @Override
            protected boolean isEligibleForEtag(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response, int status,
                                                java.io.InputStream input) {
                // Spring Security marks every answer "no-store", which would rule out the ETag: the portal's
                // pages are public and the same for everyone, so they may be stored and revalidated.
                String method = request.getMethod();
                boolean eligible = status >= 200 && status < 300 && ("GET".equals(method) || "HEAD".equals(method));
                if (eligible) {
                    response.setHeader("Cache-Control", "no-cache");
                    response.setHeader("Vary", "Cookie, Accept-Encoding");
                }
                return eligible;
            }
        };
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/portal", "/portal/*", "/data/*");
        registration.setOrder(-200);
        return registration;
    }
}
