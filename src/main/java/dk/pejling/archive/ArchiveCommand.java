package dk.pejling.archive;

import dk.pejling.archive.engine.Manifest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * {@code ./pejling export FILE} and {@code ./pejling restore FILE}: the application starts against the
 * configured database (the script sets {@code pejling.archive.command} and {@code pejling.archive.file}),
 * runs the one command before anything else and exits with 0 or 1. For a restore, the start-up
 * migration waits: a new database is built at the archive's schema version, loaded, then migrated
 * forward ({@link dk.pejling.archive.engine.Archives#restore}); a database that already has a schema is
 * migrated as usual first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("pejling.archive.command")
class ArchiveCommand {

    @Bean
    @ConditionalOnProperty(name = "pejling.archive.command", havingValue = "restore")
    FlywayMigrationStrategy migrateOnlyAnExistingSchema() {
        return flyway -> {
            if (flyway.info().applied().length > 0) {
                flyway.migrate();
            }
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner archiveCommandRunner(ArchiveService archives, ConfigurableApplicationContext context,
                                           @Value("${pejling.archive.command}") String command,
                                           @Value("${pejling.archive.file:}") String file,
                                           @Value("${pejling.archive.dry-run:false}") boolean dryRun) {
        return (ApplicationArguments args) -> {
            int code = run(archives, command, file, dryRun, System.out);
            System.exit(SpringApplication.exit(context, () -> code));
        };
    }

    static int run(ArchiveService archives, String command, String file, boolean dryRun, PrintStream out) {
        if (file.isBlank()) {
            out.println("pejling: name the archive file: ./pejling " + command + " FILE");
            return 2;
        }
        Path path = Path.of(file).toAbsolutePath();
        try {
            return switch (command) {
                case "export" -> export(archives, path, out);
                case "restore" -> restore(archives, path, dryRun, out);
                default -> {
                    out.println("pejling: unknown command " + command + " (export or restore)");
                    yield 2;
                }
            };
        } catch (IOException | RuntimeException e) {
            out.println("pejling: " + command + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static int export(ArchiveService archives, Path path, PrintStream out) throws IOException {
        Path part = path.resolveSibling(path.getFileName() + ".part");
        Manifest manifest;
        try (OutputStream stream = Files.newOutputStream(part)) {
            manifest = archives.exportUnchecked(path, stream);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, path, StandardCopyOption.REPLACE_EXISTING);
        long rows = manifest.rowCounts().entrySet().stream().filter(e -> !e.getKey().equals("files"))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        out.println("pejling: wrote " + path + " (" + Files.size(path) + " bytes; " + rows + " rows, "
                + manifest.rowCounts().getOrDefault("files", 0L) + " files; schema version " + manifest.flywayVersion() + ")");
        return 0;
    }

    private static int restore(ArchiveService archives, Path path, boolean dryRun, PrintStream out) throws IOException {
        RestoreReport report = archives.restoreUnchecked(path, dryRun);
        report.rowCounts().forEach((table, rows) -> out.println("  " + table + ": " + rows));
        out.println("  files: " + report.files());
        if (!report.ok()) {
            report.problems().forEach(p -> out.println("pejling: " + p.text()));
            out.println("pejling: nothing was written");
            return 1;
        }
        out.println(dryRun ? "pejling: the archive can be restored (dry run; nothing was written)"
                : "pejling: restored " + path.getFileName() + " (schema version " + report.archiveSchemaVersion() + ")");
        return 0;
    }

}
