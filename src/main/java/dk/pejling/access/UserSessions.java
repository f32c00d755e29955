package dk.pejling.access;

import dk.pejling.access.store.UserRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * The signed-in sessions of each user, so a password reset or change can end them. The web chain
 * registers every session in Spring Security's {@link SessionRegistry} at login (form and OpenID
 * Connect); an ended session is refused at its next request by the ConcurrentSessionFilter, which
 * sends the browser to the login page. Where the sessions live is {@link SessionStore}'s choice: in
 * the database (Spring Session, indexed by user name, so every instance finds and ends them) or in
 * this instance's memory (the servlet container's, with an in-memory registry).
 */
public class UserSessions {

    private final SessionRegistry registry;
    private final UserRepository users;
    private final boolean indexedByName;

    UserSessions(SessionRegistry registry, UserRepository users, boolean indexedByName) {
        this.registry = registry;
        this.users = users;
        this.indexedByName = indexedByName;
    }

    /** Ends every session of the user except the one with this id (null: all); answers how many ended. */
    public int end(UUID userId, String exceptSessionId) {
        int ended = 0;
        for (SessionInformation session : sessionsOf(userId)) {
            if (!session.getSessionId().equals(exceptSessionId)) {
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }

    private List<SessionInformation> sessionsOf(UUID userId) {
        if (indexedByName) {
            // The database's index is by the name Spring Security's authentication carries: the user name.
            return users.findById(userId).map(user -> registry.getAllSessions(user.username(), false))
                    .orElse(List.of());
        }
        return registry.getAllPrincipals().stream()
                .filter(principal -> userId.equals(userOf(principal).orElse(null)))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .toList();
    }

    private static Optional<UUID> userOf(Object principal) {
        if (principal instanceof AccountDetailsService.Account account) {
            return Optional.of(account.principal().userId());
        }
        if (principal instanceof OidcConfiguration.LinkedOidcUser oidc) {
            return Optional.of(oidc.principal().userId());
        }
        if (principal instanceof PejlingPrincipal p) {
            return Optional.of(p.userId());
        }
        return Optional.empty();
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        UserSessions userSessions(SessionRegistry registry, UserRepository users, Environment env) {
            return new UserSessions(registry, users, inDatabase(env));
        }

        private static boolean inDatabase(Environment env) {
            return "database".equals(env.getProperty(SessionStore.RESOLVED));
        }
    }

    /** Sessions in this instance's memory. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(InMemory.class)
    static class MemoryBeans {

        @Bean
        SessionRegistry sessionRegistry() {
            return new SessionRegistryImpl();
        }

        /** Tells the registry when the container ends a session (timeout, logout), so it does not grow. */
        @Bean
        HttpSessionEventPublisher httpSessionEventPublisher() {
            return new HttpSessionEventPublisher();
        }
    }

    /** Sessions in the database, through Spring Session JDBC (Spring Boot's auto-configuration). */
    @Configuration(proxyBeanMethods = false)
    @Conditional(InDatabase.class)
    static class DatabaseBeans {

        @Bean
        <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
            return new SpringSessionBackedSessionRegistry<>(sessions);
        }

        /**
         * On PostgreSQL attributes are written with upserts: two requests of one session at once
         * (a page and its htmx fragment) otherwise race to insert the same attribute row.
         */
        @Bean
        SessionRepositoryCustomizer<JdbcIndexedSessionRepository> postgresSessionUpserts(DataSource dataSource)
                throws Exception {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource,
                    java.sql.DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(product) ? new PostgreSqlJdbcIndexedSessionRepositoryCustomizer()
                    : repository -> { };
        }

        /** The same Secure rule for Spring Session's cookie as for the container's (SessionCookieSettings). */
        @Bean
        DefaultCookieSerializerCustomizer secureSpringSessionCookie(@Value("${pejling.secure-cookies:}") String explicit,
                                                              @Value("${pejling.base-url:}") String baseUrl) {
            boolean secure = SessionCookieSettings.secure(explicit, baseUrl);
            return serializer -> serializer.setUseSecureCookie(secure);
        }
    }

    static final class InDatabase implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                               org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            return "database".equals(context.getEnvironment().getProperty(SessionStore.RESOLVED));
        }
    }

    static final class InMemory implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                               org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            return !"database".equals(context.getEnvironment().getProperty(SessionStore.RESOLVED));
        }
    }
}
