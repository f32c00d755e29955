package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

class DataDirectoryTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void aRelativeDataDirectoryBecomesAbsoluteSoTheEmbeddedDatabaseUrlWorks() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .run("--pejling.data-dir=target/relative-data", "--pejling.check-database=false",
                        "--spring.datasource.url=jdbc:h2:file:${pejling.data-dir}/pejling")) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            assertThat(url).isEqualTo("jdbc:h2:file:" + Path.of("target/relative-data").toAbsolutePath().normalize()
                    .toString().replace('\\', '/') + "/pejling");
        }
    }
}
