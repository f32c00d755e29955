package dk.pejling.search.eval;

import java.util.List;

/** Cohen's κ of two judges over the same items: on relevant/not, and on k grades with linear weights. */
final class Kappa {

    private Kappa() {
    }

    /** Each pair is {grade by judge 1, grade by judge 2}; grades above 0 count as relevant. */
    static double binary(List<int[]> pairs) {
        return weighted(pairs.stream().map(p -> new int[] {p[0] > 0 ? 1 : 0, p[1] > 0 ? 1 : 0}).toList(), 2);
    }

    static double agreement(List<int[]> pairs) {
        return pairs.stream().filter(p -> p[0] == p[1]).count() / (double) pairs.size();
    }

    /** Weighted κ = 1 − Σ w·observed / Σ w·expected, w = |i − j| / (k − 1); for k = 2 it is the plain κ. */
    static double weighted(List<int[]> pairs, int k) {
        double[][] observed = new double[k][k];
        double[] row = new double[k];
        double[] col = new double[k];
        for (int[] p : pairs) {
            observed[p[0]][p[1]]++;
            row[p[0]]++;
            col[p[1]]++;
        }
        double n = pairs.size();
        double disagreeObserved = 0;
        double disagreeExpected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = Math.abs(i - j) / (double) (k - 1);
                disagreeObserved += w * observed[i][j] / n;
                disagreeExpected += w * row[i] * col[j] / (n * n);
            }
        }
        return disagreeExpected == 0 ? 1 : 1 - disagreeObserved / disagreeExpected;
    }
}
