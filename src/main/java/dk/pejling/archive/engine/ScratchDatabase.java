package dk.pejling.archive.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A throwaway database of the same kind as the installation's, for the restore drill and the
 * tests: a named in-memory H2 database beside an H2 installation, a schema of its own in the same
 * PostgreSQL database beside a PostgreSQL one. Closing it drops it.
 */
public final class ScratchDatabase implements AutoCloseable {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private final ArchiveDatabase database;
    private final String name;
    private final boolean postgres;
    private final DriverManagerDataSource admin;

    private ScratchDatabase(ArchiveDatabase database, String name, boolean postgres, DriverManagerDataSource admin) {
        this.database = database;
        this.name = name;
        this.postgres = postgres;
        this.admin = admin;
    }

    /**
     * Creates an empty scratch database next to the installation's.
     *
     * @param name lower-case letters, digits and '_'; the schema or in-memory database's name
     */
    public static ScratchDatabase create(String installationUrl, String user, String password, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a scratch database name: " + name);
        }
        boolean postgres = installationUrl.startsWith("jdbc:postgresql:");
        String url;
        DriverManagerDataSource admin = null;
        if (postgres) {
            admin = new DriverManagerDataSource(installationUrl, user, password);
            execute(admin, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            execute(admin, "CREATE SCHEMA " + name);
            url = withSchema(installationUrl, name);
        } else if (installationUrl.startsWith("jdbc:h2:")) {
            url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        } else {
            throw new IllegalArgumentException("scratch databases are made for H2 and PostgreSQL only");
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
        FluentConfiguration flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"));
        return new ScratchDatabase(new ArchiveDatabase(dataSource, new DataSourceTransactionManager(dataSource), flyway),
                name, postgres, admin);
    }

    /** The installation's URL with {@code currentSchema} set to the scratch schema. */
    static String withSchema(String url, String schema) {
        String base = url.replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public ArchiveDatabase database() {
        return database;
    }

    /** Brings the scratch database to the newest schema version. */
    public ScratchDatabase migrate() {
        Flyway.configure().configuration(database.flyway()).load().migrate();
        return this;
    }

    /** Brings it to a given version only, as an installation of that version would be. */
    public ScratchDatabase migrateTo(String version) {
        Flyway.configure().configuration(database.flyway()).target(version).load().migrate();
        return this;
    }

    @Override
    public void close() {
        if (postgres) {
            execute(admin, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        } else {
            execute((DriverManagerDataSource) database.dataSource(), "SHUTDOWN");
        }
    }

    private static void execute(DriverManagerDataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("scratch database: " + e.getMessage(), e);
        }
    }
}
