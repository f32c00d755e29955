package dk.pejling.safetyindex;

import dk.pejling.safetyindex.MethodDocument.IndicatorSpec;
import dk.pejling.safetyindex.MethodDocument.Source;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The seeded Monte Carlo behind every interval of the index. Each draw takes every survey share from
 * its Jeffreys posterior Beta(n_eff·p + ½, n_eff·(1−p) + ½) and every count from Gamma(C + ½, 1),
 * varies every weight by ± the method's weight noise (then scales the weights back to sum 1), and
 * computes all areas' indices; the 2.5 and 97.5 percentiles make the interval of a value and the 5
 * and 95 percentiles of the ranks the rank interval.
 */
final class MonteCarlo {

    private final MethodDocument method;
    private final Scorer scorer;

    MonteCarlo(MethodDocument method, Scorer scorer) {
        this.method = method;
        this.scorer = scorer;
    }

    /** {@code draws[area][draw]} of the index for the areas whose point index exists; others are null. */
    double[][] indexDraws(Period period, List<AreaInputs> areas, boolean[] ranked) {
        int n = method.draws();
        List<IndicatorSpec> specs = method.indicators();
        double[][][] raw = new double[areas.size()][][];
        for (int a = 0; a < areas.size(); a++) {
            if (!ranked[a]) {
                continue;
            }
            raw[a] = new double[specs.size()][];
            for (int k = 0; k < specs.size(); k++) {
                IndicatorValue v = areas.get(a).values().get(k);
                raw[a][k] = v.usable() ? sample(v, period, areas.get(a).area(), n) : null;
            }
        }
        RandomGenerator noise = Seeds.generator(method.seed(), "method");
        double[] baseSub = scorer.subWeights();
        double[] baseInd = scorer.indicatorWeights();
        double[][] result = new double[areas.size()][];
        for (int a = 0; a < areas.size(); a++) {
            result[a] = ranked[a] ? new double[n] : null;
        }
        double[][] drawn = new double[areas.size()][specs.size()];
        for (int d = 0; d < n; d++) {
            double[] sub = perturb(baseSub, noise);
            double[] ind = perturbWithin(baseInd, noise);
            for (int a = 0; a < areas.size(); a++) {
                for (int k = 0; k < specs.size(); k++) {
                    drawn[a][k] = raw[a] == null || raw[a][k] == null ? Double.NaN : raw[a][k][d];
                }
            }
            double[][] scores = scorer.normalise(drawn);
            for (int a = 0; a < areas.size(); a++) {
                if (ranked[a]) {
                    result[a][d] = scorer.index(scorer.subIndices(scores[a], sub, ind), sub);
                }
            }
        }
        return result;
    }

    /**
     * The posterior draws of one indicator of one area and period: the same stream the index draws use,
     * so the change of an indicator between two periods reads the same numbers as their intervals.
     */
    double[] indicatorDraws(IndicatorValue v, Period period, String area) {
        return sample(v, period, area, method.draws());
    }

    private double[] sample(IndicatorValue v, Period period, String area, int n) {
        RandomGenerator rng = Seeds.generator(method.seed(), area + "|" + period + "|" + v.key());
        double[] out = new double[n];
        if (v.kind() == Source.SURVEY) {
            double p = v.value() / 100;
            BetaDistribution beta = new BetaDistribution(rng, v.effectiveN() * p + 0.5, v.effectiveN() * (1 - p) + 0.5);
            for (int d = 0; d < n; d++) {
                out[d] = 100 * beta.sample();
            }
        } else {
            GammaDistribution gamma = new GammaDistribution(rng, v.n() + 0.5, 1);
            for (int d = 0; d < n; d++) {
                out[d] = PoissonRate.PER * gamma.sample() / v.residents();
            }
        }
        return out;
    }

    private double[] perturb(double[] weights, RandomGenerator noise) {
        double[] w = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] * (1 + method.weightNoise() * (2 * noise.nextDouble() - 1));
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }

    /** Indicator weights vary too; the scorer divides by the sum within each sub-index. */
    private double[] perturbWithin(double[] weights, RandomGenerator noise) {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] * (1 + method.weightNoise() * (2 * noise.nextDouble() - 1));
        }
        return w;
    }

    static double percentile(double[] sorted, double p) {
        double at = p * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }

    static Interval interval(double[] draws, double lowP, double highP) {
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        return new Interval(percentile(sorted, lowP), percentile(sorted, highP));
    }
}
