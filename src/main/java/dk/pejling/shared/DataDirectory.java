package dk.pejling.shared;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code PEJLING_DATA_DIR} absolute before anything uses it: H2 refuses a file URL whose
 * path is implicitly relative ("data/pejling" rather than "./data/pejling"), and a relative
 * upload directory would depend on where the process happened to start.
 */
public class DataDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String configured = event.getEnvironment().getProperty("pejling.data-dir");
        if (configured == null || configured.isBlank()) {
            return;
        }
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString().replace('\\', '/');
        event.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("pejling-data-dir", Map.of("pejling.data-dir", absolute)));
    }

    /** After the configuration files are read, before the database check. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
