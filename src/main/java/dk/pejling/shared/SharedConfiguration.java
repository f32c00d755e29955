package dk.pejling.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** One clock for the whole application, so tests can fix "now". */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
