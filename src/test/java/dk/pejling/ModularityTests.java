package dk.pejling;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PejlingApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * Writes the module documentation into docs/modules (committed; the README's architecture section
     * links it): the component diagram of all modules, one diagram and one canvas per module (its
     * aggregates, services, events published and listened to), and one document that joins them.
     * Every test run regenerates it, so a change of module structure shows up in the diff.
     */
    @Test
    void writesModuleDocumentation() throws java.io.IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();

        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("docs/modules"))) {
            org.assertj.core.api.Assertions.assertThat(files.map(f -> f.getFileName().toString()))
                    .contains("all-docs.adoc", "components.puml", "module-strategy.adoc");
        }
    }
}
