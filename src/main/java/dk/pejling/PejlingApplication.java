package dk.pejling;

import dk.pejling.shared.DatabaseReachabilityCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
// `shared` holds the values and web plumbing every module speaks; a module test (@ApplicationModuleTest) boots it
// beside the module under test.
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
public class PejlingApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PejlingApplication.class);
        // Fail with one readable line, not a wall of stack traces, when the database is wrong.
        app.addListeners(new DatabaseReachabilityCheck());
        // What the start spends its time on, bean by bean, as JFR events (spring.beans.instantiate and the
        // other start-up steps) for a recording started with -XX:StartFlightRecording: bench/README.md.
        if ("jfr".equals(System.getenv("PEJLING_STARTUP_STEPS"))) {
            app.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        app.run(args);
    }
}
