package dk.pejling.safetyindex;

/** A 95 % interval (or another stated one) from {@code low} to {@code high}. */
public record Interval(double low, double high) {

    public Interval {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("an interval needs low <= high, got " + low + "–" + high);
        }
    }

    public double halfWidth() {
        return (high - low) / 2;
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    public Interval times(double factor) {
        return new Interval(low * factor, high * factor);
    }
}
