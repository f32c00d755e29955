package dk.pejling.search.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed Danish test collection in {@code search-eval/}: passages, queries with their stratum, and graded
 * judgements (TREC qrels). Read by the evaluation, the scale benchmark and the judge agreement.
 */
public record EvalCollection(List<Passage> passages, List<QueryLine> queries, Map<String, Map<String, Integer>> qrels) {

    public record Passage(String id, String source, String text) {
    }

    public record QueryLine(String id, String stratum, String text) {
    }

    public static final List<String> STRATA = List.of("base", "compound", "variant", "multi", "all");

    public static EvalCollection load() {
        List<Passage> passages = new ArrayList<>();
        for (String line : lines("passages.tsv")) {
            String[] f = line.split("\t", 3);
            passages.add(new Passage(f[0], f[1], f[2]));
        }
        List<QueryLine> queries = new ArrayList<>();
        for (String line : lines("queries.tsv")) {
            String[] f = line.split("\t", 3);
            queries.add(new QueryLine(f[0], f[1], f[2]));
        }
        return new EvalCollection(passages, queries, qrels("qrels.txt"));
    }

    /** Graded judgements in TREC format ({@code query 0 passage grade}); a missing passage is grade 0. */
    public static Map<String, Map<String, Integer>> qrels(String name) {
        Map<String, Map<String, Integer>> qrels = new HashMap<>();
        for (String line : lines(name)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            int grade = Integer.parseInt(f[3]);
            if (grade > 0) {
                qrels.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2], grade);
            }
        }
        return qrels;
    }

    static List<String> lines(String name) {
        try (InputStream in = EvalCollection.class.getResourceAsStream("/search-eval/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing search-eval/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Recall@10, nDCG@10, MRR and zero-result rate of one run (query id → ranked passage ids) for one stratum. */
    public double[] score(Map<String, List<String>> run, String stratum) {
        List<QueryLine> selected = queries.stream().filter(q -> stratum.equals("all") || q.stratum().equals(stratum)).toList();
        double recall = 0, ndcg = 0, mrr = 0, zero = 0;
        for (QueryLine q : selected) {
            List<String> ranked = run.getOrDefault(q.id(), List.of());
            Map<String, Integer> rel = qrels.getOrDefault(q.id(), Map.of());
            recall += Metrics.recallAt10(ranked, rel);
            ndcg += Metrics.ndcgAt10(ranked, rel);
            mrr += Metrics.mrr(ranked, rel);
            zero += ranked.isEmpty() ? 1 : 0;
        }
        int n = selected.size();
        return new double[] {recall / n, ndcg / n, mrr / n, zero / n};
    }

}
