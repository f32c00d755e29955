package dk.pejling.archive.engine;

import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A database an archive is written from or restored into: the installation's own, or a scratch
 * schema (the restore drill, the tests).
 *
 * @param flyway the migrations of this application, pointed at {@code dataSource}: a restore of an
 *               archive from an older schema version migrates to that version first
 */
public record ArchiveDatabase(DataSource dataSource, PlatformTransactionManager transactions, Configuration flyway) {
}
