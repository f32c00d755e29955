package dk.pejling.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Tries one connection before the application context starts. A wrong or unreachable database
 * then ends start-up with a single line that names the URL and the cause, instead of the
 * connection pool's and Flyway's stack traces.
 */
public class DatabaseReachabilityCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        if (url == null || !env.getProperty("pejling.check-database", Boolean.class, true)) {
            return;
        }
        String problem = problemConnecting(url, env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
        if (problem != null) {
            System.err.println("Pejling cannot use the database " + url + ": " + problem
                    + " (check PEJLING_DB_URL, PEJLING_DB_USER and PEJLING_DB_PASSWORD)");
            System.exit(2);
        }
    }

    static String problemConnecting(String url, String user, String password) {
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            return rootMessage(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        return root == e || root.getMessage() == null ? first : first + " (" + root.getMessage().lines().findFirst().orElse("") + ")";
    }
}
