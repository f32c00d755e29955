package dk.pejling.safetyindex;

import dk.pejling.safetyindex.MethodDocument.Aggregation;
import dk.pejling.safetyindex.MethodDocument.IndicatorSpec;
import dk.pejling.safetyindex.MethodDocument.Normalisation;
import dk.pejling.safetyindex.MethodDocument.Polarity;
import java.util.Arrays;
import java.util.List;

/**
 * Normalises raw indicator values to 0–100 scores (higher is safer) and aggregates them into
 * sub-indices and the index. Works on arrays, {@code raw[area][indicator]} with NaN for a value that
 * does not enter the index, because the Monte Carlo runs it thousands of times. The normalisation
 * and aggregation may be overridden for the sensitivity analysis; the method's own are the default.
 */
final class Scorer {

    /** A geometric mean treats a score below 1 as 1, so one area at the bottom of one indicator is not erased. */
    static final double GEOMETRIC_FLOOR = 1.0;

    private final MethodDocument method;
    private final List<IndicatorSpec> specs;
    private final Normalisation[] normalisation;
    private final Aggregation aggregation;
    private final int[] subOf;

    Scorer(MethodDocument method, Normalisation override, Aggregation aggregation) {
        this.method = method;
        this.specs = method.indicators();
        this.normalisation = new Normalisation[specs.size()];
        this.subOf = new int[specs.size()];
        List<String> subKeys = method.subIndices().stream().map(MethodDocument.SubIndex::key).toList();
        for (int k = 0; k < specs.size(); k++) {
            normalisation[k] = override != null ? override : specs.get(k).normalisation().method();
            subOf[k] = subKeys.indexOf(specs.get(k).subIndex());
        }
        this.aggregation = aggregation != null ? aggregation : method.aggregation();
    }

    Scorer(MethodDocument method) {
        this(method, null, null);
    }

    /** The method's weights: [0] the sub-indices', [1..] the indicators' within their sub-index (flat, by indicator). */
    double[] subWeights() {
        return method.subIndices().stream().mapToDouble(MethodDocument.SubIndex::weight).toArray();
    }

    double[] indicatorWeights() {
        return specs.stream().mapToDouble(IndicatorSpec::weight).toArray();
    }

    /** Scores 0–100 per area and indicator; NaN stays NaN. */
    double[][] normalise(double[][] raw) {
        int areas = raw.length;
        double[][] scores = new double[areas][specs.size()];
        double[] column = new double[areas];
        for (int k = 0; k < specs.size(); k++) {
            for (int a = 0; a < areas; a++) {
                column[a] = raw[a][k];
            }
            double[] s = Normalise.apply(normalisation[k], specs.get(k), column);
            for (int a = 0; a < areas; a++) {
                scores[a][k] = s[a];
            }
        }
        return scores;
    }

    /**
     * Sub-indices of one area from its scores; NaN for a sub-index the imputation rule cannot fill.
     */
    double[] subIndices(double[] scores, double[] subWeights, double[] indicatorWeights) {
        int subs = subWeights.length;
        double[] total = new double[subs];
        double[] weight = new double[subs];
        boolean[] missing = new boolean[subs];
        boolean geometric = aggregation == Aggregation.GEOMETRIC;
        for (int k = 0; k < scores.length; k++) {
            int j = subOf[k];
            if (Double.isNaN(scores[k])) {
                missing[j] = true;
                continue;
            }
            total[j] += geometric ? indicatorWeights[k] * Math.log(Math.max(GEOMETRIC_FLOOR, scores[k]))
                    : indicatorWeights[k] * scores[k];
            weight[j] += indicatorWeights[k];
        }
        double[] sub = new double[subs];
        boolean impute = method.imputation() == MethodDocument.Imputation.SUBINDEX_MEAN;
        for (int j = 0; j < subs; j++) {
            if (weight[j] == 0 || (missing[j] && !impute)) {
                sub[j] = Double.NaN;
            } else {
                double mean = total[j] / weight[j];
                sub[j] = geometric ? Math.exp(mean) : mean;
            }
        }
        return sub;
    }

    /** The index from the sub-indices; NaN when one is missing (a sub-index is never made up). */
    double index(double[] sub, double[] subWeights) {
        double total = 0;
        double weight = 0;
        boolean geometric = aggregation == Aggregation.GEOMETRIC;
        for (int j = 0; j < sub.length; j++) {
            if (Double.isNaN(sub[j])) {
                return Double.NaN;
            }
            total += geometric ? subWeights[j] * Math.log(Math.max(GEOMETRIC_FLOOR, sub[j])) : subWeights[j] * sub[j];
            weight += subWeights[j];
        }
        double mean = total / weight;
        return geometric ? Math.exp(mean) : mean;
    }

    /** Normalisations of one indicator column. */
    static final class Normalise {
        private Normalise() {
        }

        static double[] apply(Normalisation how, IndicatorSpec spec, double[] x) {
            double[] s = new double[x.length];
            boolean negative = spec.polarity() == Polarity.NEGATIVE;
            switch (how) {
                case GOALPOSTS -> {
                    double low = spec.normalisation().low();
                    double high = spec.normalisation().high();
                    for (int a = 0; a < x.length; a++) {
                        s[a] = scaled(x[a], low, high, negative);
                    }
                }
                case MINMAX -> {
                    double min = Arrays.stream(x).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
                    double max = Arrays.stream(x).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
                    for (int a = 0; a < x.length; a++) {
                        s[a] = max > min ? scaled(x[a], min, max, negative) : Double.isNaN(x[a]) ? Double.NaN : 50;
                    }
                }
                case ZSCORE -> zscore(x, s, negative);
                case RANK -> percentRank(x, s, negative);
            }
            return s;
        }

        private static double scaled(double x, double low, double high, boolean negative) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            double share = Math.min(1, Math.max(0, (x - low) / (high - low)));
            return 100 * (negative ? 1 - share : share);
        }

        /** A z-score shown as 50 ± 15 per standard deviation, kept inside 0–100. */
        private static void zscore(double[] x, double[] s, boolean negative) {
            double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
            double mean = Arrays.stream(present).average().orElse(Double.NaN);
            double sd = Math.sqrt(Arrays.stream(present).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, present.length - 1));
            for (int a = 0; a < x.length; a++) {
                double z = sd > 0 ? (x[a] - mean) / sd : 0;
                s[a] = Double.isNaN(x[a]) ? Double.NaN : Math.min(100, Math.max(0, 50 + 15 * (negative ? -z : z)));
            }
        }

        /** Percent rank: the lowest value 0, the highest 100, ties share the mean of their places. */
        private static void percentRank(double[] x, double[] s, boolean negative) {
            double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
            for (int a = 0; a < x.length; a++) {
                if (Double.isNaN(x[a])) {
                    s[a] = Double.NaN;
                    continue;
                }
                int below = 0;
                int equal = 0;
                for (double v : present) {
                    if (v < x[a]) {
                        below++;
                    } else if (v == x[a]) {
                        equal++;
                    }
                }
                double place = below + (equal - 1) / 2.0;
                double share = present.length > 1 ? place / (present.length - 1) : 0.5;
                s[a] = 100 * (negative ? 1 - share : share);
            }
        }
    }
}
