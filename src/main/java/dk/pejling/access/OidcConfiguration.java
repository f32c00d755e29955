package dk.pejling.access;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.StringUtils;

/**
 * OpenID Connect login beside the form login, present only when {@code PEJLING_OIDC_ISSUER} is
 * set. The provider's endpoints come from issuer discovery at the first login, so Pejling starts
 * even while the provider is unreachable. After the provider vouches for a person, the session
 * holds the same principal a form login gives, so nothing downstream knows how they signed in.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcConfiguration.Enabled.class)
class OidcConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OidcConfiguration.class);

    static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("pejling.oidc.issuer"));
        }
    }

    @Bean
    ClientRegistrationRepository oidcClientRegistrations(OidcSettings settings) {
        return new DiscoveredRegistration(settings);
    }

    /** Applies the OIDC login to the web chain; called by {@link SecurityConfiguration} when OIDC is on. */
    static void apply(HttpSecurity http, ClientRegistrationRepository registrations, OidcAccounts accounts)
            throws Exception {
        http.oauth2Login(o -> o
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(u -> u.oidcUserService(userService(accounts)))
                .successHandler(asFormLogin())
                .failureHandler(refusalPage()));
    }

    private static OAuth2UserService<OidcUserRequest, OidcUser> userService(OidcAccounts accounts) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            PejlingPrincipal principal = accounts.signIn(user.getIssuer().toString(), user.getSubject(), user.getClaims());
            return new LinkedOidcUser(user, principal);
        };
    }

    /** The person the provider vouched for, with the local account they were linked to. */
    static final class LinkedOidcUser extends DefaultOidcUser {
        private final PejlingPrincipal principal;

        LinkedOidcUser(OidcUser user, PejlingPrincipal principal) {
            super(AccountDetailsService.authorities(principal), user.getIdToken(), user.getUserInfo());
            this.principal = principal;
        }

        PejlingPrincipal principal() {
            return principal;
        }

        @Override
        public String getName() {
            return principal.username();
        }
    }

    /**
     * Replaces the OAuth2 authentication in the session with the one a form login makes, an
     * {@link AccountDetailsService.Account} around the principal, so the Viewer, the templates'
     * {@code #authentication.name} and the role checks work the same for both ways in.
     */
    private static AuthenticationSuccessHandler asFormLogin() {
        var target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        var sessions = new HttpSessionSecurityContextRepository();
        return (request, response, authentication) -> {
            PejlingPrincipal principal = ((LinkedOidcUser) authentication.getPrincipal()).principal();
            var account = new AccountDetailsService.Account(principal, null, true, true);
            var local = UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
            SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            context.setAuthentication(local);
            SecurityContextHolder.getContextHolderStrategy().setContext(context);
            sessions.saveContext(context, request, response);
            target.onAuthenticationSuccess(request, response, local);
        };
    }

    /** Sends a refused login to the login page, which explains the reason in the user's language. */
    private static AuthenticationFailureHandler refusalPage() {
        return (request, response, exception) -> {
            String reason = "failed";
            if (exception instanceof OAuth2AuthenticationException e && e.getError().getErrorCode().startsWith("pejling_")) {
                reason = e.getError().getErrorCode().substring("pejling_".length());
            } else {
                log.warn("OpenID Connect login failed: {}", exception.getMessage());
            }
            response.sendRedirect(request.getContextPath() + "/login?oidc=" + reason);
        };
    }

    /** The one registration, read from the issuer's discovery document when first needed. */
    static final class DiscoveredRegistration implements ClientRegistrationRepository, Iterable<ClientRegistration> {
        private final OidcSettings settings;
        private volatile ClientRegistration registration;

        DiscoveredRegistration(OidcSettings settings) {
            this.settings = settings;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            return OidcSettings.REGISTRATION_ID.equals(registrationId) ? registration() : null;
        }

        @Override
        public java.util.Iterator<ClientRegistration> iterator() {
            return java.util.List.of(registration()).iterator();
        }

        private ClientRegistration registration() {
            ClientRegistration found = registration;
            if (found == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                                .registrationId(OidcSettings.REGISTRATION_ID)
                                .clientId(settings.clientId())
                                .clientSecret(settings.clientSecret())
                                .clientName(settings.label())
                                .scope(Arrays.stream(settings.scopes().split("[,\\s]+")).toList())
                                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                                .build();
                    }
                    found = registration;
                }
            }
            return found;
        }
    }
}
