package dk.pejling.archive;

import dk.pejling.archive.engine.ArchiveDatabase;
import dk.pejling.archive.engine.ArchiveWriter;
import dk.pejling.archive.engine.Archives;
import dk.pejling.archive.engine.Manifest;
import dk.pejling.shared.AdministratorsOnly;
import dk.pejling.shared.AuditAction;
import dk.pejling.shared.AuditEvent;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Viewer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export and restore of the installation's own database, for administrators: the use cases behind
 * the API, the page, the command line and the scheduled backup.
 */
@Service
public class ArchiveService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final ArchiveDatabase database;
    private final List<ArchiveContributor> contributors;
    private final ArchiveScopes scopes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ArchiveProperties properties;

    ArchiveService(DataSource dataSource, PlatformTransactionManager transactions, Flyway flyway,
                   List<ArchiveContributor> contributors, ArchiveScopes scopes, ApplicationEventPublisher events,
                   Clock clock, ArchiveProperties properties) {
        this.database = new ArchiveDatabase(dataSource, transactions, flyway.getConfiguration());
        this.contributors = contributors;
        this.scopes = scopes;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** The name an archive of this scope written now is offered under. */
    public String fileName(ArchiveScope scope, Instant at) {
        return "pejling-" + scope.code() + "-" + STAMP.format(at) + ".zip";
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Writes an archive to {@code out} as a stream.
     *
     * @param organisation the organisation leaving, for {@link ArchiveScope#ORGANISATION} only
     * @param includeAudit whether the audit log goes into the archive's {@code audit/} folder
     */
    public Manifest export(ArchiveScope scope, UUID organisation, boolean includeAudit, Instant at, Viewer viewer,
                           OutputStream out) {
        requireAdmin(viewer);
        checkExport(scope, organisation);
        boolean audit = includeAudit && scope == ArchiveScope.ALL;
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("scope", scope.code());
        if (organisation != null) {
            parameters.put("organisation", organisation.toString());
        }
        parameters.put("audit", audit);
        events.publishEvent(AuditEvent.export("archive", null, parameters));
        ArchiveWriter.Settings settings = new ArchiveWriter.Settings(scope.code(),
                organisation == null ? null : organisation.toString(), appVersion(), at, audit,
                scopes.filter(scope, organisation));
        return Archives.export(database, contributions(), settings, out);
    }

    /** Refuses a scope and organisation that do not fit, before a response is started. */
    public void checkExport(ArchiveScope scope, UUID organisation) {
        if ((scope == ArchiveScope.ORGANISATION) != (organisation != null)) {
            throw new InvalidInputException("organisation", scope == ArchiveScope.ORGANISATION
                    ? "is required for scope organisation" : "is only for scope organisation");
        }
        if (scope != ArchiveScope.PUBLIC) { // the public filter asks the portal for everything it publishes: once, when writing
            scopes.filter(scope, organisation);
        }
    }

    /**
     * Checks an archive and, unless {@code dryRun}, restores it into this (empty) installation in one
     * transaction, together with an audit entry that says so.
     */
    public RestoreReport restore(ArchiveUpload upload, boolean dryRun, Viewer viewer) throws IOException {
        requireAdmin(viewer);
        return restoreUnchecked(upload.file(), upload.name(), upload.sha256(), dryRun);
    }

    /** For the command line, which has no signed-in user: the operator of the machine runs it. */
    RestoreReport restoreUnchecked(Path file, boolean dryRun) throws IOException {
        return restoreUnchecked(file, file.getFileName().toString(), null, dryRun);
    }

    /**
     * @param name   the archive's name, for the audit entry (the uploaded file's, or the file's on disk)
     * @param sha256 the archive's SHA-256, for the audit entry, or null when not taken
     */
    private RestoreReport restoreUnchecked(Path file, String name, String sha256, boolean dryRun) throws IOException {
        boolean[] rebuilt = {false};
        RestoreReport restored = Archives.restore(database, contributions(), file, dryRun, properties.maxExpandedBytes(), report -> {
            // The derived tables are rebuilt in the restore's transaction, so nobody sees the data without them;
            // an archive of an older schema is migrated forward after its commit, and rebuilt after that.
            if (schemaIsCurrent()) {
                rebuildDerived();
                rebuilt[0] = true;
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("schemaVersion", report.archiveSchemaVersion());
            after.put("scope", report.scope());
            after.put("rows", new java.util.TreeMap<>(report.rowCounts()));
            after.put("files", report.files());
            after.put("auditIncluded", report.auditIncluded());
            after.put("auditRenumbered", report.auditRenumbered());
            if (sha256 != null) {
                after.put("sha256", sha256);
            }
            String archive = name == null || name.isBlank() ? file.getFileName().toString() : name;
            // record_id holds 100 characters; a browser's file name may be longer
            events.publishEvent(AuditEvent.change(AuditAction.CREATE, "archive_restore",
                    archive.length() > 100 ? archive.substring(0, 100) : archive, null, after));
        });
        if (restored.ok() && !dryRun && !rebuilt[0]) {
            new TransactionTemplate(database.transactions()).executeWithoutResult(status -> rebuildDerived());
        }
        return restored;
    }

    private void rebuildDerived() {
        contributors.forEach(ArchiveContributor::rebuildDerived);
    }

    private boolean schemaIsCurrent() {
        return Flyway.configure().configuration(database.flyway()).load().info().pending().length == 0;
    }

    /** For the command line. */
    Manifest exportUnchecked(Path target, OutputStream out) {
        ArchiveWriter.Settings settings = new ArchiveWriter.Settings(ArchiveScope.ALL.code(), null, appVersion(), now(), true,
                ArchiveWriter.RowFilter.ALL);
        events.publishEvent(AuditEvent.export("archive", null, Map.of("scope", "all", "audit", true, "to", target.getFileName().toString())));
        return Archives.export(database, contributions(), settings, out);
    }

    ArchiveDatabase database() {
        return database;
    }

    Archives.Contributions contributions() {
        Set<String> derived = contributors.stream().flatMap(c -> c.derivedTables().stream()).collect(Collectors.toSet());
        Set<String> replaced = contributors.stream().flatMap(c -> c.replacedOnRestore().stream()).collect(Collectors.toSet());
        List<ArchiveFileStore> stores = contributors.stream().flatMap(c -> c.fileStores().stream()).toList();
        return new Archives.Contributions(derived, replaced, stores);
    }

    static String appVersion() {
        String version = ArchiveService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** Anonymous callers are sent to sign in; signed-in non-administrators are refused. */
    public static void requireAdmin(Viewer viewer) {
        if (viewer == null || viewer.isAnonymous()) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "sign in as an administrator");
        }
        AdministratorsOnly.require(viewer);
    }
}
