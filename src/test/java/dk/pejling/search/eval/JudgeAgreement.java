package dk.pejling.search.eval;

import dk.pejling.search.analysis.PejlingDanishAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The second judge (issue 15, the evaluation's caveat): a fifth of the queries (every fifth, q01, q06 … q56: four
 * base, four compound, two variant, two multi-word) pooled to depth 10 over the stock DanishAnalyzer, Pejling's
 * analysis and PostgreSQL {@code danish} and judged by hand, without the rule-based grades in view, in
 * {@code search-eval/qrels-judge2.txt} (see the collection's README). Prints the agreement of the two judges on the
 * pooled pairs (Cohen's κ on relevant/not and on the three grades, linear weights) and the metrics of each system
 * under each judge on those queries. Run:
 * <pre>./mvnw -B -q -DskipNpm=true test -Dtest=JudgeAgreement -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * With {@code -Dpejling.eval.writePool=true} it (re)writes the pool to judge, {@code target/judge2-pool.tsv}.
 */
@Tag("benchmark")
class JudgeAgreement {

    static final int POOL_DEPTH = 10;

    @Test
    void printAgreement() throws Exception {
        EvalCollection eval = EvalCollection.load();
        List<EvalCollection.QueryLine> sample = new ArrayList<>();
        for (int i = 0; i < eval.queries().size(); i += 5) {
            sample.add(eval.queries().get(i));
        }
        Map<String, Map<String, List<String>>> runs = runs(eval, sample);
        Map<String, Set<String>> pool = new LinkedHashMap<>();
        for (EvalCollection.QueryLine q : sample) {
            Set<String> pooled = new LinkedHashSet<>();
            for (Map<String, List<String>> run : runs.values()) {
                pooled.addAll(run.getOrDefault(q.id(), List.of()).stream().limit(POOL_DEPTH).toList());
            }
            pool.put(q.id(), pooled);
        }
        if (Boolean.getBoolean("pejling.eval.writePool")) {
            writePool(eval, sample, pool);
            return;
        }
        Map<String, Map<String, Integer>> judge1 = eval.qrels();
        Map<String, Map<String, Integer>> judge2 = EvalCollection.qrels("qrels-judge2.txt");
        List<int[]> pairs = new ArrayList<>();
        for (var entry : pool.entrySet()) {
            for (String passage : entry.getValue()) {
                pairs.add(new int[] {grade(judge1, entry.getKey(), passage), grade(judge2, entry.getKey(), passage)});
            }
        }
        System.out.printf("%n%d queries, %d pooled pairs (depth %d over %s)%n", sample.size(), pairs.size(), POOL_DEPTH,
                runs.keySet());
        System.out.printf("relevant by judge 1 (rules): %d, by judge 2 (by hand): %d, both: %d%n",
                pairs.stream().filter(p -> p[0] > 0).count(), pairs.stream().filter(p -> p[1] > 0).count(),
                pairs.stream().filter(p -> p[0] > 0 && p[1] > 0).count());
        List<int[]> binary = pairs.stream().map(p -> new int[] {p[0] > 0 ? 1 : 0, p[1] > 0 ? 1 : 0}).toList();
        System.out.printf("relevant or not: agreement %.3f, Cohen's kappa %.3f; three grades: agreement %.3f, "
                        + "linearly weighted kappa %.3f%n",
                Kappa.agreement(binary), Kappa.binary(pairs), Kappa.agreement(pairs), Kappa.weighted(pairs, 3));
        System.out.printf("%n%-24s %-8s %9s %9s %7s%n", "system", "judge", "Recall@10", "nDCG@10", "MRR");
        EvalCollection sampled1 = new EvalCollection(eval.passages(), sample, judge1);
        EvalCollection sampled2 = new EvalCollection(eval.passages(), sample, judge2);
        for (var run : runs.entrySet()) {
            double[] by1 = sampled1.score(run.getValue(), "all");
            double[] by2 = sampled2.score(run.getValue(), "all");
            System.out.printf("%-24s %-8s %9.3f %9.3f %7.3f%n", run.getKey(), "rules", by1[0], by1[1], by1[2]);
            System.out.printf("%-24s %-8s %9.3f %9.3f %7.3f%n", run.getKey(), "by hand", by2[0], by2[1], by2[2]);
        }
    }

    private static int grade(Map<String, Map<String, Integer>> qrels, String query, String passage) {
        return qrels.getOrDefault(query, Map.of()).getOrDefault(passage, 0);
    }

    private static Map<String, Map<String, List<String>>> runs(EvalCollection eval, List<EvalCollection.QueryLine> sample)
            throws IOException {
        List<SearchEvaluation.Passage> passages = eval.passages().stream()
                .map(p -> new SearchEvaluation.Passage(p.id(), p.text())).toList();
        List<SearchEvaluation.QueryLine> queries = sample.stream()
                .map(q -> new SearchEvaluation.QueryLine(q.id(), q.stratum(), q.text())).toList();
        Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
        try (Analyzer stock = new DanishAnalyzer()) {
            runs.put("Lucene DanishAnalyzer", SearchEvaluation.lucene(passages, queries, stock, stock));
        }
        try (Analyzer index = new PejlingDanishAnalyzer(); Analyzer query = PejlingDanishAnalyzer.forQueries()) {
            runs.put("Pejling analysis", SearchEvaluation.lucene(passages, queries, index, query));
        }
        Map<String, List<String>> pg = SearchEvaluation.postgres(passages, queries);
        if (pg == null) {
            throw new IllegalStateException("the pool includes PostgreSQL's run: start the server (PEJLING_EVAL_PG_URL)");
        }
        runs.put("PostgreSQL danish", pg);
        return runs;
    }

    /** The pool in a random order per query, with no grade and no system name, for judging by hand. */
    private static void writePool(EvalCollection eval, List<EvalCollection.QueryLine> sample, Map<String, Set<String>> pool)
            throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        eval.passages().forEach(p -> texts.put(p.id(), p.text()));
        List<String> lines = new ArrayList<>();
        for (EvalCollection.QueryLine q : sample) {
            List<String> ids = new ArrayList<>(pool.get(q.id()));
            java.util.Collections.shuffle(ids, new java.util.Random(q.id().hashCode()));
            for (String id : ids) {
                lines.add(q.id() + "\t" + q.text() + "\t" + id + "\t" + texts.get(id));
            }
        }
        Path file = Path.of("target", "judge2-pool.tsv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println("pool written to " + file.toAbsolutePath() + ": " + lines.size() + " pairs");
    }
}
