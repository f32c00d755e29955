package dk.pejling.instance;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pejling.IntegrationTest;
import dk.pejling.instance.store.DatabaseBlobStore;
import dk.pejling.instance.store.FileBlobStore;
import dk.pejling.instance.store.S3BlobStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same behaviour from each kind of file storage: the data directory, the database (H2 and
 * PostgreSQL, as every store test) and an S3-compatible server (s3proxy, in this JVM, in memory).
 */
@IntegrationTest
class BlobStoresTest {

    private static S3Proxy s3proxy;

    @TempDir
    static Path dataDir;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    static void startS3() throws Exception {
        TransientNio2BlobStore backend = new TransientNio2BlobStore();
        backend.createContainer("pejling");
        s3proxy = S3Proxy.builder().blobStore(backend).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "adgang", "hemmelig-noegle").build();
        s3proxy.start();
        await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(10))
                .until(() -> "STARTED".equals(s3proxy.getState()));
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (s3proxy != null) {
            s3proxy.stop();
        }
    }

    List<BlobStore> stores() {
        return List.of(new FileBlobStore(dataDir),
                new DatabaseBlobStore(jdbc, new TransactionTemplate(transactions), Clock.systemUTC()),
                new S3BlobStore(new S3BlobStore.Settings("http://127.0.0.1:" + s3proxy.getPort(), null, "pejling",
                        "adgang", "hemmelig-noegle", true)));
    }

    static List<String> kinds() {
        return List.of("file", "database", "s3");
    }

    private BlobStore store(String kind) {
        return stores().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void whatIsWrittenIsReadBackReplacedAndDeleted(String kind) throws Exception {
        BlobStore store = store(kind);
        UUID key = UUID.randomUUID();
        assertThat(store.exists("documents", key)).isFalse();
        assertThatThrownBy(() -> store.read("documents", key)).isInstanceOf(BlobStore.BlobNotFoundException.class);

        store.write("documents", key, stream("første udgave æøå"));
        assertThat(store.exists("documents", key)).isTrue();
        assertThat(text(store.read("documents", key))).isEqualTo("første udgave æøå");
        assertThat(store.exists("report-jobs", key)).as("namespaces are apart").isFalse();

        store.write("documents", key, stream("anden"));
        assertThat(text(store.read("documents", key))).isEqualTo("anden");

        store.delete("documents", key);
        assertThat(store.exists("documents", key)).isFalse();
        store.delete("documents", key); // deleting what is gone is no error
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void onlyUnlistedFilesWrittenBeforeTheLimitAreDeleted(String kind) {
        BlobStore store = store(kind);
        String namespace = "sweep-" + UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID orphan = UUID.randomUUID();
        store.write(namespace, kept, stream("kept"));
        store.write(namespace, orphan, stream("orphan"));

        Instant past = Instant.now().minus(Duration.ofHours(1));
        assertThat(store.deleteUnlisted(namespace, Set.of(kept), past)).as("nothing is old enough").isZero();
        assertThat(store.exists(namespace, orphan)).isTrue();

        Instant future = Instant.now().plus(Duration.ofMinutes(1));
        assertThat(store.deleteUnlisted(namespace, Set.of(kept), future)).isEqualTo(1);
        assertThat(store.exists(namespace, orphan)).isFalse();
        assertThat(store.exists(namespace, kept)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aWriteThatBreaksOffLeavesNothingBehind(String kind) {
        BlobStore store = store(kind);
        UUID key = UUID.randomUUID();
        // A thousand bytes, then every read fails, as a connection that broke off.
        InputStream broken = new InputStream() {
            int left = 1000;

            @Override
            public int read() throws java.io.IOException {
                if (left <= 0) {
                    throw new java.io.IOException("the client went away");
                }
                left--;
                return 'x';
            }
        };
        assertThatThrownBy(() -> store.write("documents", key, broken)).isInstanceOf(RuntimeException.class);
        assertThat(store.exists("documents", key)).isFalse();
        if (store instanceof FileBlobStore) {
            assertThat(dataDir.resolve("documents").toFile().list((dir, name) -> name.endsWith(".part"))).isEmpty();
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(InputStream in) throws Exception {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
