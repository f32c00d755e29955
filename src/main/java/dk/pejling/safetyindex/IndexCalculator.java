package dk.pejling.safetyindex;

import dk.pejling.safetyindex.AreaIndex.SubIndexValue;
import dk.pejling.safetyindex.MethodDocument.Aggregation;
import dk.pejling.safetyindex.MethodDocument.Normalisation;
import dk.pejling.safetyindex.Suppression.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the index of a set of areas in one period: indicator values and their suppression, scores,
 * sub-indices, the index from the point estimates, and (unless asked not to) the Monte Carlo intervals
 * of the values and the ranks. Pure and deterministic: the same method and inputs give the same
 * result, bit for bit, which is what replay checks.
 */
public final class IndexCalculator {

    private IndexCalculator() {
    }

    public static IndexResult compute(MethodDocument method, IndexInputs inputs, Period period, List<String> areas) {
        return run(method, inputs, period, areas, null, null, true);
    }

    /** Only the point values (no intervals): the cheap form for many periods and the sensitivity runs. */
    public static IndexResult pointOnly(MethodDocument method, IndexInputs inputs, Period period, List<String> areas,
                                        Normalisation normalisation, Aggregation aggregation) {
        return run(method, inputs, period, areas, normalisation, aggregation, false);
    }

    static IndexResult run(MethodDocument method, IndexInputs inputs, Period period, List<String> areaCodes,
                           Normalisation normalisation, Aggregation aggregation, boolean withIntervals) {
        List<AreaInputs> areas = new ArrayList<>(new IndicatorEstimator(method, inputs, period, areaCodes).estimate().values());
        Scorer scorer = new Scorer(method, normalisation, aggregation);
        double[][] raw = new double[areas.size()][];
        for (int a = 0; a < areas.size(); a++) {
            raw[a] = areas.get(a).values().stream().mapToDouble(v -> v.usable() ? v.value() : Double.NaN).toArray();
        }
        double[][] scores = scorer.normalise(raw);
        double[] values = new double[areas.size()];
        double[][] subs = new double[areas.size()][];
        boolean[] ranked = new boolean[areas.size()];
        for (int a = 0; a < areas.size(); a++) {
            subs[a] = scorer.subIndices(scores[a], scorer.subWeights(), scorer.indicatorWeights());
            values[a] = scorer.index(subs[a], scorer.subWeights());
            ranked[a] = !Double.isNaN(values[a]);
        }
        double[][] draws = withIntervals ? new MonteCarlo(method, scorer).indexDraws(period, areas, ranked) : null;
        int[][] rankDraws = draws == null ? null : Ranks.perDraw(draws, ranked, method.draws());
        int[] ranks = Ranks.of(values, ranked);
        int rankedCount = (int) java.util.stream.IntStream.range(0, ranked.length).filter(i -> ranked[i]).count();
        List<AreaIndex> result = new ArrayList<>();
        Map<String, double[]> kept = new HashMap<>();
        for (int a = 0; a < areas.size(); a++) {
            AreaInputs in = areas.get(a);
            List<SubIndexValue> subValues = new ArrayList<>();
            for (int j = 0; j < subs[a].length; j++) {
                subValues.add(new SubIndexValue(method.subIndices().get(j).key(), subs[a][j]));
            }
            if (!ranked[a]) {
                result.add(new AreaIndex(in.area(), Double.NaN, null, 0, 0, 0, false, subValues, in.values(),
                        in.respondents(), in.effectiveN(), missingReason(in), in.inputsSha256()));
                continue;
            }
            Interval interval = draws == null ? null : MonteCarlo.interval(draws[a], 0.025, 0.975);
            int rankLow = 0;
            int rankHigh = 0;
            if (rankDraws != null) {
                double[] r = Arrays.stream(rankDraws[a]).asDoubleStream().toArray();
                Interval ri = MonteCarlo.interval(r, 0.05, 0.95);
                rankLow = (int) Math.round(ri.low());
                rankHigh = (int) Math.round(ri.high());
                kept.put(in.area(), draws[a]);
            }
            boolean uncertain = rankDraws != null && (rankHigh - rankLow + 1) > rankedCount / 3.0;
            result.add(new AreaIndex(in.area(), values[a], interval, ranks[a], rankLow, rankHigh, uncertain, subValues,
                    in.values(), in.respondents(), in.effectiveN(), null, in.inputsSha256()));
        }
        return new IndexResult(period, method.version(), MethodCodec.sha256(method), result, kept);
    }

    /** The first indicator that keeps the index out, as the reason of the whole. */
    private static Suppression missingReason(AreaInputs in) {
        return in.values().stream().filter(v -> !v.usable()).findFirst()
                .map(v -> new Suppression(Reason.INDICATOR_MISSING, v.key() + " – " + v.suppressed().text()))
                .orElse(new Suppression(Reason.INDICATOR_MISSING, null));
    }
}
