package dk.pejling.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Keeps Spring's {@link ResourceUrlEncodingFilter} out of the request. Spring Boot switches its
 * resource chain on because springdoc brings the WebJars locator, and then registers this filter
 * for Thymeleaf: it runs every link a page writes through the static resource resolvers, so that
 * versioned or WebJar URLs could be rewritten. Pejling links neither, so the filter never changes a
 * URL; but for each link to a page rather than a file (every strategy on the start page) it
 * searches all classpath locations, and a miss is not cached: that was most of the start page's
 * CPU time once its queries were cheap. A disabled registration of the filter is Spring Boot's
 * documented way to keep its own registration from being added; static files and WebJars are
 * still served exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinkConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
