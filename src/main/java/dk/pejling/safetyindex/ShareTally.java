package dk.pejling.safetyindex;

/**
 * Running sums of one weighted share: n answers, Σw, Σw², Σw·y. The share is Σw·y / Σw and the
 * Kish effective n is (Σw)² / Σw², so unequal post-stratification weights widen the interval.
 */
public final class ShareTally {

    private long n;
    private double sumW;
    private double sumW2;
    private double sumWY;

    public void add(double weight, boolean counted) {
        n++;
        sumW += weight;
        sumW2 += weight * weight;
        if (counted) {
            sumWY += weight;
        }
    }

    public long n() {
        return n;
    }

    public double share() {
        return n == 0 ? Double.NaN : sumWY / sumW;
    }

    public double effectiveN() {
        return n == 0 ? 0 : sumW * sumW / sumW2;
    }
}
