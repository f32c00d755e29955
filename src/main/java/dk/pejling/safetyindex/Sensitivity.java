package dk.pejling.safetyindex;

import dk.pejling.safetyindex.MethodDocument.Aggregation;
import dk.pejling.safetyindex.MethodDocument.Normalisation;
import dk.pejling.safetyindex.MethodDocument.SubIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sensitivity analysis, on demand: the index recomputed with each sub-index weight 25 % up and
 * down (the others scaled so the weights still sum to 1), with the other aggregation, and with each
 * alternative normalisation; for every area its rank in each scenario, how far it moves at most and
 * which assumption moves it most.
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    public record Scenario(String key, String description) {
    }

    public record AreaRanks(String area, int baseRank, Map<String, Integer> ranks, int maxShift, String drivenBy) {
    }

    public record Result(Period period, String methodVersion, List<Scenario> scenarios, List<AreaRanks> areas) {
    }

    public static Result run(MethodDocument method, IndexInputs inputs, Period period, List<String> areas) {
        List<Scenario> scenarios = new ArrayList<>();
        List<IndexResult> results = new ArrayList<>();
        IndexResult base = IndexCalculator.pointOnly(method, inputs, period, areas, null, null);
        for (SubIndex sub : method.subIndices()) {
            for (double factor : new double[] {1.25, 0.75}) {
                String key = "weight:" + sub.key() + (factor > 1 ? ":+25%" : ":-25%");
                scenarios.add(new Scenario(key, "weight of " + sub.key() + (factor > 1 ? " +25 %" : " −25 %")));
                results.add(IndexCalculator.pointOnly(reweighted(method, sub.key(), factor), inputs, period, areas, null, null));
            }
        }
        Aggregation other = method.aggregation() == Aggregation.ARITHMETIC ? Aggregation.GEOMETRIC : Aggregation.ARITHMETIC;
        scenarios.add(new Scenario("aggregation:" + other, other.name().toLowerCase() + " aggregation"));
        results.add(IndexCalculator.pointOnly(method, inputs, period, areas, null, other));
        for (Normalisation n : List.of(Normalisation.MINMAX, Normalisation.ZSCORE, Normalisation.RANK)) {
            scenarios.add(new Scenario("normalisation:" + n, n.name().toLowerCase() + " normalisation"));
            results.add(IndexCalculator.pointOnly(method, inputs, period, areas, n, null));
        }
        List<AreaRanks> out = new ArrayList<>();
        for (AreaIndex a : base.areas()) {
            if (!a.shown()) {
                continue;
            }
            Map<String, Integer> ranks = new LinkedHashMap<>();
            int maxShift = 0;
            String driver = null;
            for (int s = 0; s < scenarios.size(); s++) {
                int rank = results.get(s).area(a.area()).map(AreaIndex::rank).orElse(0);
                ranks.put(scenarios.get(s).key(), rank);
                int shift = Math.abs(rank - a.rank());
                if (shift > maxShift) {
                    maxShift = shift;
                    driver = scenarios.get(s).key();
                }
            }
            out.add(new AreaRanks(a.area(), a.rank(), ranks, maxShift, driver));
        }
        return new Result(period, method.version(), scenarios, out);
    }

    /** The method with one sub-index's weight times {@code factor} and all weights scaled back to sum 1. */
    static MethodDocument reweighted(MethodDocument m, String key, double factor) {
        double total = m.subIndices().stream().mapToDouble(s -> s.key().equals(key) ? s.weight() * factor : s.weight()).sum();
        List<SubIndex> subs = m.subIndices().stream().map(s -> new SubIndex(s.key(), s.name(),
                (s.key().equals(key) ? s.weight() * factor : s.weight()) / total)).toList();
        return new MethodDocument(m.version(), m.title(), m.seed(), m.draws(), m.weightNoise(), m.aggregation(),
                m.imputation(), m.suppression(), m.items(), subs, m.indicators());
    }
}
