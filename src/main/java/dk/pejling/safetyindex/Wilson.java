package dk.pejling.safetyindex;

/**
 * The Wilson score interval of a share, on the Kish effective n when the answers are weighted. Wald
 * (p ± z·√(p(1−p)/n)) is not used: it breaks near 0 and 100 % and for the small samples of a
 * housing area.
 */
public final class Wilson {

    /** The 97.5 % quantile of the standard normal distribution: a 95 % two-sided interval. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /** The interval of share {@code p} (0–1) observed on {@code n} (effective) answers. */
    public static Interval interval(double p, double n) {
        if (!(n > 0) || p < 0 || p > 1) {
            throw new IllegalArgumentException("a share needs 0 <= p <= 1 and n > 0");
        }
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
