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
        sortRelations(java.nio.file.Path.of("docs/modules"));

        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("docs/modules"))) {
            org.assertj.core.api.Assertions.assertThat(files.map(f -> f.getFileName().toString()))
                    .contains("all-docs.adoc", "components.puml", "module-strategy.adoc");
        }
    }

    /**
     * The Documenter writes a diagram's relations in no fixed order, so every run changed the committed
     * files; each run of "Rel(" lines is sorted, and the diagrams change only when the modules do.
     */
    private static void sortRelations(java.nio.file.Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
                java.util.List<String> out = new java.util.ArrayList<>();
                java.util.List<String> run = new java.util.ArrayList<>();
                for (String line : lines) {
                    if (line.startsWith("Rel(")) {
                        run.add(line);
                        continue;
                    }
                    java.util.Collections.sort(run);
                    out.addAll(run);
                    run.clear();
                    out.add(line);
                }
                java.util.Collections.sort(run);
                out.addAll(run);
                java.nio.file.Files.write(file, out);
            }
        }
    }
}
