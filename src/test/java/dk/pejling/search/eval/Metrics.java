package dk.pejling.search.eval;

import java.util.List;
import java.util.Map;

/**
 * The evaluation's measures over one ranked list and its graded judgements (grade 1 or 2; unjudged = 0).
 * Recall@10 is capped: found relevant passages in the top 10 divided by min(10, relevant passages), so a
 * query with 200 relevant passages can reach 1 like one with 3.
 */
public final class Metrics {

    private Metrics() {
    }

    public static double recallAt10(List<String> ranked, Map<String, Integer> rel) {
        if (rel.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(10).filter(rel::containsKey).count();
        return (double) found / Math.min(10, rel.size());
    }

    public static double ndcgAt10(List<String> ranked, Map<String, Integer> rel) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            dcg += gain(rel.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = rel.values().stream().sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    public static double mrr(List<String> ranked, Map<String, Integer> rel) {
        for (int i = 0; i < ranked.size(); i++) {
            if (rel.containsKey(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
