package dk.pejling.search.index;

import dk.pejling.search.SearchDocument;
import dk.pejling.search.SearchRequest;
import dk.pejling.search.SearchResults;
import dk.pejling.search.SearchType;
import dk.pejling.search.analysis.PejlingDanishAnalyzer;
import dk.pejling.search.eval.EvalCollection;
import dk.pejling.search.scale.RawLuceneSameAnswer;
import dk.pejling.search.scale.SyntheticPassages;
import dk.pejling.shared.Viewer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Where a search's time goes: the benchmark's passages (SYNTETISK, {@code -Dpejling.bench.passages}, 20,000 by
 * default) in Pejling's index, the evaluation's 60 queries for the anonymous public, each search taken apart into
 * its phases and each phase timed in wall-clock and in the thread's CPU time (medians over {@code -Dpejling.bench.rounds} rounds after
 * {@code -Dpejling.bench.warmup} warm-up queries), beside the raw IndexSearcher of {@code SearchScaleBenchmark} and
 * a raw top-10 search of Pejling's own query (title and text, viewer filter), which separates the cost of the
 * query's shape from the work Pejling adds, and the second yardstick, {@link RawLuceneSameAnswer} (plain Lucene giving
 * the same answer the way its documentation shows, no viewer filter). One client, one thread. Run:
 * {@code ./mvnw -B -q -DskipNpm=true test -Dtest=SearchPhaseProfile -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dpejling.bench.passages=100000}.
 */
@Tag("benchmark")
class SearchPhaseProfile {

    private final int passages = Integer.getInteger("pejling.bench.passages", 20_000);
    private final int rounds = Integer.getInteger("pejling.bench.rounds", 10);
    private final int warmUp = Integer.getInteger("pejling.bench.warmup", 600);
    private final Path dir = Path.of(System.getProperty("pejling.bench.dir", "target/bench-search")).toAbsolutePath()
            .resolve("phases");

    private final Map<String, List<Long>> times = new LinkedHashMap<>();
    private final Map<String, List<Long>> cpuTimes = new LinkedHashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long[] wall = new long[10];
    private final long[] cpu = new long[10];

    @Test
    void phases() throws Exception {
        List<String> queries = EvalCollection.load().queries().stream().map(EvalCollection.QueryLine::text).toList();
        deleteDir(dir);
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir); Analyzer analyzer = Analyzers.forQueries();
             Analyzer rawAnalyzer = PejlingDanishAnalyzer.forQueries()) {
            int i = 0;
            for (String text : SyntheticPassages.standard(passages)) {
                String id = SyntheticPassages.id(i++);
                index.add("bench", id, List.of(new SearchDocument(SearchType.DOCUMENT, id, "", text, "/b/" + id,
                        SearchDocument.Access.everyone(), List.of(), List.of(), 2018)));
            }
            index.commit();
            try (DirectoryReader reader = index.reader()) {
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetStates facetStates = new FacetStates();
                Highlighters highlighters = new Highlighters(analyzer);
                RawLuceneSameAnswer sameAnswer = new RawLuceneSameAnswer(searcher);
                for (int w = 0; w < warmUp; w++) {
                    once(searcher, analyzer, rawAnalyzer, facetStates, highlighters, sameAnswer, queries.get(w % queries.size()), false);
                }
                for (int r = 0; r < rounds; r++) {
                    for (String q : queries) {
                        once(searcher, analyzer, rawAnalyzer, facetStates, highlighters, sameAnswer, q, true);
                    }
                }
            }
        }
        report();
        deleteDir(dir);
    }

    private void once(IndexSearcher searcher, Analyzer analyzer, Analyzer rawAnalyzer, FacetStates facetStates,
                      Highlighters highlighters, RawLuceneSameAnswer sameAnswer, String q, boolean timed)
            throws Exception {
        SearchRequest request = new SearchRequest(q, null, null, null, null, 0, 10);
        Search search = new Search(searcher, analyzer, request, Viewer.anonymous(), facetStates, highlighters);
        mark(0);
        Query words = search.words(q);
        Query query = search.scoped(words);
        mark(1);
        TopHitsWithFacetDocs.Result top = search.topHits(query);
        mark(2);
        List<SearchResults.Item> items = search.items(top.top(), words);
        mark(3);
        HitFacets.Collected collected = search.facetHits(top, query, words);
        mark(4);
        search.facets(collected);
        mark(5);
        search.suggestion();
        mark(6);
        rawTop10(searcher, rawAnalyzer, q);
        mark(7);
        searcher.search(query, new TopScoreDocCollectorManager(10, Search.EXACT_TOTAL_UP_TO));
        mark(8);
        sameAnswer.answer(q);
        mark(9);
        if (!timed) {
            return;
        }
        add("1 analyse the query (title + text) and build it", 0, 1);
        add("2 top hits + facet documents, one pass", 1, 2);
        add("3 page: stored fields + snippets", 2, 3);
        add("4 facet hits: sample pass when over 1,000 (else none)", 3, 4);
        add("5 facet counts and labels", 4, 5);
        add("6 \"mente du\" checks", 5, 6);
        add("Pejling search, all phases", 0, 6);
        add("raw IndexSearcher (SearchScaleBenchmark's yardstick): text only, top 10, whole stored document", 6, 7);
        add("raw top 10 of Pejling's scoped query, no stored fields", 7, 8);
        add("raw Lucene, same answer (second yardstick): top 10 title+text, stock snippets, facets of all hits, spell checker", 8, 9);
        if (items.size() > 10) {
            throw new AssertionError("a page of ten");
        }
    }

    /** What {@code RawSearcherOnPejlingIndex} does for one query. */
    private static void rawTop10(IndexSearcher searcher, Analyzer analyzer, String q) throws Exception {
        Query raw = new QueryBuilder(analyzer).createBooleanQuery(Fields.PUBLIC_TEXT, q, BooleanClause.Occur.SHOULD);
        if (raw == null) {
            return;
        }
        TopDocs top = searcher.search(raw, 10);
        for (ScoreDoc hit : top.scoreDocs) {
            searcher.storedFields().document(hit.doc).get(Fields.ID);
        }
    }

    /** Wall-clock and this thread's CPU time: on a shared machine the CPU time is what a phase costs. */
    private void mark(int i) {
        wall[i] = System.nanoTime();
        cpu[i] = threads.getCurrentThreadCpuTime();
    }

    private void add(String phase, int from, int to) {
        times.computeIfAbsent(phase, p -> new ArrayList<>()).add(wall[to] - wall[from]);
        cpuTimes.computeIfAbsent(phase, p -> new ArrayList<>()).add(cpu[to] - cpu[from]);
    }

    private static long[] sorted(List<Long> list) {
        return list.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private void report() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("# search phases, %d SYNTETISK passages, anonymous viewer, %d rounds x 60 queries after %d warm-up queries, load average %s"
                .formatted(passages, rounds, warmUp, Files.readString(Path.of("/proc/loadavg")).strip()));
        lines.add("| phase | CPU p50 ms | CPU mean ms | wall p50 ms | wall mean ms |");
        lines.add("|---|---|---|---|---|");
        times.forEach((phase, list) -> {
            long[] w = sorted(list);
            long[] c = sorted(cpuTimes.get(phase));
            lines.add("| %s | %.3f | %.3f | %.3f | %.3f |".formatted(phase, c[c.length / 2] / 1e6,
                    Arrays.stream(c).average().orElse(0) / 1e6, w[w.length / 2] / 1e6, Arrays.stream(w).average().orElse(0) / 1e6));
        });
        lines.forEach(System.out::println);
        Path out = dir.getParent().resolve("phases.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static void deleteDir(Path dir) throws Exception {
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
