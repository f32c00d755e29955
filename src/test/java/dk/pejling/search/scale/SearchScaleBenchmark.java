package dk.pejling.search.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.pejling.search.analysis.PejlingDanishAnalyzer;
import dk.pejling.search.eval.EvalCollection;
import dk.pejling.search.index.LuceneSearchIndex;
import dk.pejling.search.index.OpenSearchSearchIndex;
import dk.pejling.search.index.OpenSearchTestNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 8, side by side in one run: Lucene with the stock StandardAnalyzer and DanishAnalyzer, Lucene with
 * Pejling's analysis alone, Pejling's whole search on the embedded index (and a raw IndexSearcher on that same
 * index, and a second one giving the same answer in plain Lucene, {@link RawLuceneSameAnswer}), Pejling's search on OpenSearch, and PostgreSQL full-text search with the {@code danish} configuration.
 * Each system first answers the evaluation collection (Recall@10, nDCG@10, MRR, zero-result rate against the
 * committed qrels), then indexes the SYNTETISK passages ({@link SyntheticPassages}; 1,000,000 by default) and
 * answers the evaluation's 60 queries from 20 clients. Reports index time, size, heap, p50 and p99, and the
 * machine's noise (a fixed CPU task timed before, between and after the systems, and the load average).
 * Run: {@code bench/search-scale.sh} (see {@code bench/README.md}).
 */
@Tag("benchmark")
class SearchScaleBenchmark {

    private final int passages = Integer.getInteger("pejling.bench.passages", 1_000_000);
    private final int clients = Integer.getInteger("pejling.bench.clients", 20);
    private final int perClient = Integer.getInteger("pejling.bench.queries", 60);
    /** Queries each system answers, one client, before its timed runs: the same for every system (JIT, caches). */
    private final int warmUp = Integer.getInteger("pejling.bench.warmup", 600);
    /** Rounds of the evaluation's queries the one-client median is taken over (one round is only 60 queries). */
    private final int singleRounds = Integer.getInteger("pejling.bench.rounds", 5);
    private final double maxSeconds = Double.parseDouble(System.getProperty("pejling.bench.seconds", "90"));
    private final boolean withOpenSearch = !"false".equals(System.getProperty("pejling.bench.opensearch"));
    private final String only = System.getProperty("pejling.bench.only", "");
    private final Path root = Path.of(System.getProperty("pejling.bench.dir", "target/bench-search")).toAbsolutePath();
    private final List<String> report = new ArrayList<>();
    private final List<Double> noise = new ArrayList<>();
    private final List<String> ratios = new ArrayList<>();

    @Test
    void sideBySide() throws Exception {
        EvalCollection eval = EvalCollection.load();
        List<String> queries = eval.queries().stream().map(EvalCollection.QueryLine::text).toList();
        SyntheticPassages synthetic = SyntheticPassages.standard(passages);
        say("# search scale benchmark, %d SYNTETISK passages, %d clients x %d queries (max %.0f s), %s",
                passages, clients, perClient, maxSeconds, java.time.Instant.now());
        say("warm-up: %d queries per system (one client, the evaluation's queries in turn) before anything is timed",
                warmUp);
        say("CPU p50: the median CPU time of the client's thread per query, which waiting for a core on a shared machine does"
                + " not inflate; the whole search for the embedded systems, only the client's side for OpenSearch and PostgreSQL");
        say("JVM max heap %d MiB, %d processors, load average before: %s", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        probe();
        say("");
        say("| system | eval Recall@10 (all / compound / base) | nDCG@10 all | MRR | zero-res | index time | docs/s | size MiB | heap MiB | p50 ms, 1 client | CPU p50 ms, 1 client | p50 ms | p99 ms | q/s | notes |");
        say("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        run("Lucene StandardAnalyzer", dir -> new LuceneRaw("Lucene StandardAnalyzer", dir, new StandardAnalyzer(), new StandardAnalyzer()), eval, synthetic, queries);
        run("Lucene DanishAnalyzer", dir -> new LuceneRaw("Lucene DanishAnalyzer", dir, new DanishAnalyzer(), new DanishAnalyzer()), eval, synthetic, queries);
        run("Lucene + Pejling analysis", dir -> new LuceneRaw("Lucene + Pejling analysis", dir, new PejlingDanishAnalyzer(),
                PejlingDanishAnalyzer.forQueries()), eval, synthetic, queries);
        run("Pejling search (embedded Lucene)", dir -> new PejlingSearch("Pejling search (embedded Lucene)", new LuceneSearchIndex(dir),
                i -> size(dir), ""), eval, synthetic, queries);
        if (withOpenSearch && (only.isBlank() || only.toLowerCase().contains("opensearch"))) {
            String url = OpenSearchTestNode.url();
            run("Pejling search (OpenSearch)", dir -> {
                String name = OpenSearchTestNode.indexName("bench");
                return new PejlingSearch("Pejling search (OpenSearch)", new OpenSearchSearchIndex(url, name, null, null),
                        i -> openSearchStore(url, name), "node " + url);
            }, eval, synthetic, queries);
        }
        String pgUrl = System.getenv().getOrDefault("PEJLING_EVAL_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String pgUser = System.getenv().getOrDefault("PEJLING_DB_USER", "postgres");
        String pgPassword = System.getenv().getOrDefault("PEJLING_DB_PASSWORD", "");
        if ((only.isBlank() || only.toLowerCase().contains("postgres")) && PostgresFts.reachable(pgUrl, pgUser, pgPassword)) {
            run("PostgreSQL FTS danish", dir -> new PostgresFts(pgUrl, pgUser, pgPassword, "pejling_search_bench"),
                    eval, synthetic, queries);
        }
        if (!ratios.isEmpty()) {
            say("");
            say("Pejling's search against the yardsticks (1 client: times as multiples of the yardstick's, 1.5x is the"
                    + " issue's target; 20 clients: Pejling's queries/s as a share of the yardstick's)");
            say("| system | yardstick | wall p50, 1 client | CPU p50, 1 client | q/s share, %d clients |", clients);
            say("|---|---|---|---|---|");
            ratios.forEach(this::say);
        }
        say("");
        say("CPU probe (SHA-256 of 64 MiB, ms) before, between and after the systems: %s; load average after: %s",
                noise, loadAverage());
        Files.createDirectories(root);
        Files.write(root.resolve("results.md"), report, StandardCharsets.UTF_8);
    }

    private void run(String name, Function<Path, BenchSystem> factory, EvalCollection eval, SyntheticPassages synthetic,
                     List<String> queries) throws Exception {
        if (!only.isBlank() && java.util.Arrays.stream(only.toLowerCase().split(","))
                .noneMatch(part -> name.toLowerCase().contains(part.strip()))) {
            return; // -Dpejling.bench.only=standard,danish,…: a part of the systems, for a long run
        }
        String quality = quality(factory, eval, queries);
        Path dir = root.resolve(name.replaceAll("[^A-Za-z]+", "-").toLowerCase());
        deleteDir(dir);
        try (BenchSystem system = factory.apply(dir)) {
            long started = System.nanoTime();
            system.index(() -> passages(synthetic));
            double seconds = (System.nanoTime() - started) / 1e9;
            long size = system.sizeBytes();
            long heap = heapAfterGc();
            warmUp(system, queries);
            Load.Result single = Load.run(system, queries, 1, queries.size() * singleRounds, maxSeconds);
            Load.Result load = Load.run(system, queries, clients, perClient, maxSeconds);
            String notes = system.notes();
            if (system instanceof PejlingSearch pejling && system.name().contains("OpenSearch")) {
                notes += "; node heap " + openSearchHeap(notes.replace("node ", "")) + " MiB";
            }
            row(name, quality, seconds, size, heap, single, load, notes);
            if (system instanceof PejlingSearch pejling && pejling.index() instanceof LuceneSearchIndex lucene) {
                Load.Result[] raw = yardstick(new RawSearcherOnPejlingIndex(lucene), queries,
                        "the yardstick for the 1.5x target");
                Load.Result[] same = yardstick(new RawLuceneSameAnswer(lucene), queries,
                        "second yardstick: the same answer in plain Lucene, no viewer filter");
                ratios.add(ratio(name, "raw IndexSearcher", single, load, raw));
                ratios.add(ratio(name, "raw Lucene, same answer", single, load, same));
            }
        }
        deleteDir(dir);
        probe();
    }

    /** A yardstick on the index the Pejling system built: warmed up and timed as every system is. */
    private Load.Result[] yardstick(BenchSystem yardstick, List<String> queries, String notes) throws Exception {
        try (yardstick) {
            yardstick.index(List.of());
            warmUp(yardstick, queries);
            Load.Result single = Load.run(yardstick, queries, 1, queries.size() * singleRounds, maxSeconds);
            Load.Result load = Load.run(yardstick, queries, clients, perClient, maxSeconds);
            row(yardstick.name(), "", 0, 0, 0, single, load, notes);
            return new Load.Result[] {single, load};
        }
    }

    /** Pejling's search against a yardstick: times as a multiple of the yardstick's, and its queries/s as a share. */
    private static String ratio(String name, String yardstick, Load.Result single, Load.Result load, Load.Result[] raw) {
        return "| %s | %s | %.1f× | %.1f× | %.2f (%.0f against %.0f) |".formatted(name, yardstick,
                single.p50Millis() / raw[0].p50Millis(), single.cpuP50Millis() / raw[0].cpuP50Millis(),
                load.perSecond() / raw[1].perSecond(), load.perSecond(), raw[1].perSecond());
    }

    private void warmUp(BenchSystem system, List<String> queries) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            system.search(queries.get(i % queries.size()));
        }
    }

    private String quality(Function<Path, BenchSystem> factory, EvalCollection eval, List<String> queries) throws Exception {
        Path dir = root.resolve("eval");
        deleteDir(dir);
        try (BenchSystem system = factory.apply(dir)) {
            system.index(eval.passages().stream().map(p -> new BenchSystem.Passage(p.id(), p.text())).toList());
            Map<String, List<String>> run = new LinkedHashMap<>();
            for (EvalCollection.QueryLine q : eval.queries()) {
                run.put(q.id(), system.search(q.text()));
            }
            double[] all = eval.score(run, "all");
            double[] compound = eval.score(run, "compound");
            double[] base = eval.score(run, "base");
            return "%.3f / %.3f / %.3f | %.3f | %.3f | %.3f".formatted(all[0], compound[0], base[0], all[1], all[2], all[3]);
        } finally {
            deleteDir(dir);
        }
    }

    private void row(String name, String quality, double seconds, long size, long heap, Load.Result single,
                     Load.Result load, String notes) {
        String q = quality.isEmpty() ? " | | | " : quality;
        say("| %s | %s | %s | %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %.0f | %s |", name, q,
                seconds == 0 ? "" : "%.0f s".formatted(seconds), seconds == 0 ? "" : "%.0f".formatted(passages / seconds),
                size == 0 ? "" : "%.0f".formatted(size / 1048576.0), heap == 0 ? "" : "%d".formatted(heap >> 20),
                single.p50Millis(), single.cpuP50Millis(), load.p50Millis(), load.p99Millis(), load.perSecond(), notes + " (" + load.queries() + " queries)");
    }

    private static Iterator<BenchSystem.Passage> passages(SyntheticPassages synthetic) {
        Iterator<String> texts = synthetic.iterator();
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return texts.hasNext();
            }

            @Override
            public BenchSystem.Passage next() {
                return new BenchSystem.Passage(SyntheticPassages.id(i++), texts.next());
            }
        };
    }

    private void probe() throws Exception {
        byte[] data = new byte[64 << 20];
        new Random(1).nextBytes(data);
        long started = System.nanoTime();
        MessageDigest.getInstance("SHA-256").digest(data);
        noise.add(Math.round((System.nanoTime() - started) / 1e5) / 10.0);
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long size(Path dir) {
        try {
            return LuceneRaw.size(dir);
        } catch (IOException e) {
            return -1;
        }
    }

    private static JsonNode get(String url) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(r.body());
        } catch (Exception e) {
            return new ObjectMapper().createObjectNode();
        }
    }

    private static long openSearchStore(String url, String index) {
        return get(url + "/" + index + "/_stats/store").path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
    }

    private static long openSearchHeap(String url) {
        JsonNode nodes = get(url + "/_nodes/stats/jvm").path("nodes");
        long heap = 0;
        for (JsonNode node : nodes) {
            heap += node.path("jvm").path("mem").path("heap_used_in_bytes").asLong();
        }
        return heap >> 20;
    }

    private void say(String format, Object... args) {
        String line = args.length == 0 ? format : format.formatted(args);
        System.out.println(line);
        report.add(line);
    }

    private static void deleteDir(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
