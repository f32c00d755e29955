package dk.pejling.archive.engine;

import dk.pejling.archive.ArchiveFileStore;
import dk.pejling.archive.Problem;
import dk.pejling.archive.RestoreReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export and restore on one database, with its transactions: an export reads one snapshot (a
 * repeatable-read, read-only transaction), a restore writes in one transaction that commits only
 * when nothing went wrong and it is not a dry run.
 */
public final class Archives {

    /** What the installation's modules declared through the archive's SPI. */
    public record Contributions(Set<String> derivedTables, Set<String> replacedOnRestore, List<ArchiveFileStore> stores) {
    }

    private Archives() {
    }

    public static Manifest export(ArchiveDatabase db, Contributions contributions, ArchiveWriter.Settings settings,
                                  OutputStream out) {
        TransactionTemplate tx = new TransactionTemplate(db.transactions());
        tx.setReadOnly(true);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return tx.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(db.dataSource());
            try {
                List<TableSchema> tables = SchemaReader.read(connection, contributions.derivedTables());
                boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
                // Embedded H2 builds a query's whole result before the first row unless told to stream it;
                // a table read in key order streams from its primary key (the export's JFR profile spent
                // its H2 time building those results). Reset after, as the connection returns to the pool.
                setLazy(connection, h2, true);
                try {
                    return new ArchiveWriter(connection, tables, contributions.stores()).write(out, settings);
                } finally {
                    setLazy(connection, h2, false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the database: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Checks an archive and restores it, or with {@code dryRun} only checks it: the data is loaded
     * and rolled back, so the database's own constraints are part of the check.
     *
     * @param beforeCommit runs in the restore's transaction when it will commit (the audit entry)
     * @param maxExpandedBytes the most the archive's entries may expand to
     */
    public static RestoreReport restore(ArchiveDatabase db, Contributions contributions, Path file, boolean dryRun,
                                        long maxExpandedBytes, Consumer<RestoreReport> beforeCommit) throws IOException {
        try (ArchiveReader archive = ArchiveReader.open(file, maxExpandedBytes)) {
            Manifest manifest = archive.manifest();
            if (!archive.problems().isEmpty()) {
                return report(dryRun, manifest, Map.of(), 0, false, false, archive.problems());
            }
            String installed = currentVersion(db);
            String archived = manifest.flywayVersion();
            int order = FlywayVersion.compare(archived, installed);
            boolean migrateAfter = false;
            if (installed == null && dryRun) {
                return report(dryRun, manifest, Map.of(), 0, false, false, List.of(new Problem("no-schema", null, null)));
            }
            if (order > 0 && installed == null && archived != null) {
                // A new database whose migration waited for the archive: build the schema the archive
                // was written at, load it there, then migrate forward like any installation.
                Flyway.configure().configuration(db.flyway()).target(MigrationVersion.fromVersion(archived)).load().migrate();
                migrateAfter = true;
            } else if (order > 0) {
                return report(dryRun, manifest, Map.of(), 0, false, false,
                        List.of(new Problem("newer-schema", null, "archive " + archived + ", installation " + installed)));
            } else if (order < 0) {
                return report(dryRun, manifest, Map.of(), 0, false, false,
                        List.of(new Problem("older-schema", null, "archive " + archived + ", installation " + installed)));
            }
            RestoreReport report = load(db, contributions, archive, dryRun, beforeCommit);
            if (migrateAfter && report.ok()) {
                Flyway.configure().configuration(db.flyway()).load().migrate();
            }
            return report;
        }
    }

    private static RestoreReport load(ArchiveDatabase db, Contributions contributions, ArchiveReader archive, boolean dryRun,
                                      Consumer<RestoreReport> beforeCommit) {
        Manifest manifest = archive.manifest();
        List<Runnable> undo = new ArrayList<>();
        TransactionTemplate tx = new TransactionTemplate(db.transactions());
        try {
            return tx.execute(status -> {
                Connection connection = DataSourceUtils.getConnection(db.dataSource());
                try {
                    List<TableSchema> tables = SchemaReader.read(connection, contributions.derivedTables());
                    ArchiveLoader.Result result = new ArchiveLoader(connection, tables, contributions.stores())
                            .load(archive, new ArchiveLoader.Options(contributions.replacedOnRestore(), !dryRun,
                                    contributions.derivedTables()));
                    undo.addAll(result.undoFiles());
                    RestoreReport report = report(dryRun, manifest, result.rowCounts(), result.files(),
                            result.auditIncluded(), result.auditRenumbered(), result.problems());
                    if (dryRun || !report.ok()) {
                        status.setRollbackOnly();
                        undo.forEach(Runnable::run);
                    } else {
                        beforeCommit.accept(report);
                    }
                    return report;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (SQLException e) {
                    throw new IllegalStateException("could not restore: " + e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            undo.forEach(Runnable::run);
            throw e;
        }
    }

    private static void setLazy(Connection connection, boolean h2, boolean lazy) throws SQLException {
        if (h2) {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SET LAZY_QUERY_EXECUTION " + (lazy ? "TRUE" : "FALSE"));
            }
        }
    }

    private static String currentVersion(ArchiveDatabase db) {
        try (Connection connection = db.dataSource().getConnection()) {
            return FlywayVersion.current(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the schema version: " + e.getMessage(), e);
        }
    }

    private static RestoreReport report(boolean dryRun, Manifest manifest, Map<String, Long> counts, long files,
                                        boolean audit, boolean renumbered, List<Problem> problems) {
        return new RestoreReport(dryRun, manifest == null ? null : manifest.flywayVersion(),
                manifest == null ? null : manifest.scope(), counts, files, audit, renumbered, problems);
    }
}
