package dk.pejling.portal.web;

import dk.pejling.portal.PortalProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embeddable cards may be framed by the sites the deployment lists
 * ({@code PEJLING_EMBED_FRAME_ANCESTORS}, a CSP source list; default only this site); every other
 * page keeps {@code frame-ancestors 'none'}. The chain is read-only and stateless: it reads no session,
 * so a card is always what the public sees.
 */
@Configuration(proxyBeanMethods = false)
class EmbedSecurity {

    static String csp(PortalProperties properties) {
        return "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; "
                + "form-action 'none'; frame-ancestors " + properties.frameAncestors();
    }

    @Bean
    @Order(0)
    SecurityFilterChain embedChain(HttpSecurity http, PortalProperties properties) throws Exception {
        http.securityMatcher("/portal/embed/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable()) // GET only: nothing to forge
                .headers(h -> h.frameOptions(f -> f.disable())
                        .contentSecurityPolicy(c -> c.policyDirectives(csp(properties))));
        return http.build();
    }
}
