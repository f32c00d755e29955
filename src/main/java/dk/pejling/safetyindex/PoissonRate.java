package dk.pejling.safetyindex;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Reports per 1,000 residents with the exact (Garwood) Poisson interval: the count's bounds are
 * χ²(2.5 %; 2C)/2 and χ²(97.5 %; 2C+2)/2, divided by the residents. 45 reports among 3,000
 * residents is 15.0 (10.9–20.1) per 1,000.
 */
public final class PoissonRate {

    public static final double PER = 1000.0;

    private PoissonRate() {
    }

    public static double rate(long count, long residents) {
        requireValid(count, residents);
        return PER * count / residents;
    }

    public static Interval interval(long count, long residents) {
        requireValid(count, residents);
        double low = count == 0 ? 0 : chiSquared(0.025, 2.0 * count) / 2;
        double high = chiSquared(0.975, 2.0 * count + 2) / 2;
        return new Interval(low, high).times(PER / residents);
    }

    private static double chiSquared(double p, double degrees) {
        // No generator: only the quantile is used, and the default one is costly to seed.
        return new ChiSquaredDistribution(null, degrees).inverseCumulativeProbability(p);
    }

    private static void requireValid(long count, long residents) {
        if (count < 0 || residents <= 0) {
            throw new IllegalArgumentException("a rate needs a count >= 0 and residents > 0");
        }
    }
}
