package dk.pejling.access;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Two filter chains. The API is stateless: a bearer token or nothing, no session cookie is read,
 * so it needs no CSRF token. The web pages use a session with form login (and OpenID Connect login
 * when configured), CSRF protection on every form, a new session id at login, and security headers:
 * a Content-Security-Policy that allows no inline script nor framing, HSTS on HTTPS requests,
 * nosniff, a same-origin referrer and a Permissions-Policy that turns off what Pejling never uses.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    /** Swagger UI ships inline styles; its pages are documentation only. */
    static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    /** Browser features Pejling never uses, turned off so an injected script could not use them either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AccessTokens accessTokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable()) // no cookie is honoured on this chain, so there is nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(accessTokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/me/**", "/api/v1/strategies/*/coordinators", "/api/v1/proceedings/imports/**",
                                "/api/v1/proceedings/committees/*/secretaries", "/api/v1/safety-index/feeds").authenticated()
                        .requestMatchers("/api/v1/users", "/api/v1/users/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in with Authorization: Bearer <token>."))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res,
                                HttpServletResponse.SC_FORBIDDEN, "Forbidden", "You may not do this.")))
                // JSON, reports and documents carry no links a browser should follow with the address of the
                // request (which may hold a strategy's id) as referrer: the same policy as the pages.
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui", "/v3/api-docs/**", "/v3/api-docs")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(DOCS_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, Accounts accounts, OidcSettings oidc,
                                 ObjectProvider<ClientRegistrationRepository> registrations,
                                 ObjectProvider<OidcAccounts> oidcAccounts, LoginThrottle throttle,
                                 DeviceCookies devices, SessionRegistry sessions, Clock clock,
                                 ObjectProvider<LandingPage> landings, ViewerScopes scopes) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, WebPaths.EDITOR_FORMS).authenticated()
                        .requestMatchers(HttpMethod.GET, WebPaths.SIGNED_IN_PAGES).authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(passwordChangeFirst(accounts, throttle, devices, landings, scopes))
                        .failureHandler(LoginThrottleFilter.countingFailures(throttle, devices, clock)).permitAll())
                .addFilterBefore(new LoginThrottleFilter(throttle, devices, clock), UsernamePasswordAuthenticationFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                // Every session is registered, so a password reset or change can end it (UserSessions);
                // no limit on how many a user has.
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
                        .sessionConcurrency(c -> c.maximumSessions(-1).sessionRegistry(sessions)
                                .expiredUrl("/login?expired")))
                .addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // Written on HTTPS requests only (behind a proxy: X-Forwarded-Proto, see server.forward-headers-strategy).
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        if (oidc.enabled()) {
            OidcConfiguration.apply(http, registrations.getObject(), oidcAccounts.getObject());
        }
        return http.build();
    }

    /**
     * A successful form login starts the account's throttle afresh and marks the browser as known;
     * after a password an administrator chose, the first page is the one that sets a new password;
     * with no page asked for, the user lands where their work is (their open tasks).
     */
    private static AuthenticationSuccessHandler passwordChangeFirst(Accounts accounts, LoginThrottle throttle,
                                                                    DeviceCookies devices,
                                                                    ObjectProvider<LandingPage> landings,
                                                                    ViewerScopes scopes) {
        var target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        var saved = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        return (request, response, authentication) -> {
            throttle.succeeded(authentication.getName());
            devices.remember(request, response, authentication.getName());
            if (accounts.mustChangePassword(authentication.getName())) {
                request.getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
                response.sendRedirect(request.getContextPath() + PasswordChangeFilter.PAGE);
            } else if (saved.getRequest(request, response) == null && CurrentUser.of(authentication).isPresent()) {
                // no page asked for: land where the user's work is (their open tasks), else on the start page
                dk.pejling.shared.Viewer viewer = scopes.viewerOf(CurrentUser.of(authentication).get());
                String landing = landings.orderedStream().map(l -> l.after(viewer)).flatMap(java.util.Optional::stream)
                        .findFirst().orElse("/");
                response.sendRedirect(request.getContextPath() + landing);
            } else {
                target.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }
}
