package dk.pejling.access;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Where the signed-in sessions live, decided before the application context is built.
 * {@code database} (Spring Session JDBC, tables {@code spring_session*} from our migrations): any
 * instance behind a load balancer answers any request, an OpenID Connect login may start on one
 * instance and finish on another, and a restart signs nobody out. {@code memory}: the servlet
 * container's sessions, for the embedded H2 database, which only one process can open anyway, and
 * for the MockMvc tests, whose mock sessions Spring Session cannot see. {@code PEJLING_SESSION_STORE}
 * decides; by default the database whenever it is not the embedded H2 one. With {@code memory}
 * Spring Boot's session auto-configuration is left out, so nothing of Spring Session runs.
 */
public class SessionStore implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String SETTING = "pejling.sessions.store";
    /** The decision, for the beans and the start-up log line. */
    static final String RESOLVED = "pejling.sessions.resolved";
    static final Set<String> SESSION_AUTO_CONFIGURATION = Set.of(
            "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
            "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionsEndpointAutoConfiguration");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        boolean database = inDatabase(env.getProperty(SETTING), env.getProperty("spring.datasource.url"));
        Map<String, Object> settings = new java.util.HashMap<>();
        settings.put(RESOLVED, database ? "database" : "memory");
        if (!database) {
            Set<String> excluded = new LinkedHashSet<>(
                    StringUtils.commaDelimitedListToSet(env.getProperty("spring.autoconfigure.exclude", "")));
            excluded.addAll(SESSION_AUTO_CONFIGURATION);
            excluded.remove("");
            settings.put("spring.autoconfigure.exclude", String.join(",", excluded));
        }
        env.getPropertySources().addFirst(new MapPropertySource("pejling-session-store", settings));
    }

    static boolean inDatabase(String setting, String datasourceUrl) {
        String chosen = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "database" -> true;
            case "memory" -> false;
            case "" -> datasourceUrl != null && !datasourceUrl.strip().startsWith("jdbc:h2:");
            default -> throw new IllegalStateException("PEJLING_SESSION_STORE must be memory or database, not " + setting);
        };
    }

    /** After the data directory is made absolute (the H2 URL names it). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 40;
    }
}
