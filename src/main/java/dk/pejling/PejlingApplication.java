package dk.pejling;

import dk.pejling.shared.DatabaseReachabilityCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PejlingApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(PejlingApplication.class);
        // Fail with one readable line, not a wall of stack traces, when the database is wrong.
        app.addListeners(new DatabaseReachabilityCheck());
        app.run(args);
    }
}
