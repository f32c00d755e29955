package dk.pejling.shared;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code pejling.*}, bound from the environment variables the README lists.
 *
 * @param dataDir  where the embedded database and uploaded files live
 * @param demoData "true", "false", or empty for "only on the embedded database"
 * @param imports  limits of a measurement import file
 */
@ConfigurationProperties("pejling")
public record PejlingProperties(Path dataDir, String demoData, BootstrapAdmin bootstrapAdmin, Uploads uploads,
                                Mail mail, String baseUrl, Imports imports) {

    public PejlingProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        bootstrapAdmin = bootstrapAdmin == null ? new BootstrapAdmin("admin", null, null) : bootstrapAdmin;
        uploads = uploads == null ? new Uploads(20L * 1024 * 1024, List.of("application/pdf")) : uploads;
        imports = imports == null ? new Imports(null, null) : imports;
        mail = mail == null ? new Mail(null, 25, null, null, "pejling@localhost") : mail;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }

    /** SMTP settings; without a host no mail is sent and tasks are only shown on each user's task page. */
    public record Mail(String host, Integer port, String user, String password, String from) {
        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    public record BootstrapAdmin(String username, String password, String token) {
    }

    public record Uploads(long maxBytes, List<String> allowedTypes) {
    }

    /**
     * @param maxBytes the largest import file read; a larger one is refused before it is read
     * @param maxRows  the most data rows one import file may have
     */
    public record Imports(Long maxBytes, Integer maxRows) {
        public Imports {
            maxBytes = maxBytes == null ? 10L * 1024 * 1024 : maxBytes;
            maxRows = maxRows == null ? 50_000 : maxRows;
        }
    }
}
