package dk.pejling.archive;

import dk.pejling.archive.engine.ScratchDatabase;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scratch databases for the archive tests: in-memory H2 by default, schemas of their own in the
 * PostgreSQL database when {@code PEJLING_DB_URL} points at one (as .ci/run's second phase does).
 */
final class TestDatabases {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDatabases() {
    }

    static String url() {
        String url = System.getenv("PEJLING_DB_URL");
        return url == null || url.isBlank() ? "jdbc:h2:mem:archive" : url;
    }

    static ScratchDatabase fresh(String purpose) {
        String user = System.getenv().getOrDefault("PEJLING_DB_USER", "sa");
        String password = System.getenv().getOrDefault("PEJLING_DB_PASSWORD", "");
        return ScratchDatabase.create(url(), user, password,
                "archive_" + purpose + "_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet());
    }
}
