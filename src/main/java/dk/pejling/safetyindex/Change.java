package dk.pejling.safetyindex;

/**
 * The change of an area's index between two periods by the same method: the difference of the point
 * values and the 95 % interval of the paired Monte Carlo differences (draw d of one period against
 * draw d of the other, which share the method noise). Significant only when that interval excludes 0;
 * otherwise it reads "ingen sikker ændring".
 */
public record Change(String area, Period from, Period to, double difference, Interval interval) {

    public boolean significant() {
        return interval.low() > 0 || interval.high() < 0;
    }

    public static java.util.Optional<Change> between(IndexResult before, IndexResult after, String area) {
        if (!before.methodSha256().equals(after.methodSha256())) {
            throw new IllegalArgumentException("a change is computed by one method version");
        }
        double[] a = before.draws().get(area);
        double[] b = after.draws().get(area);
        if (a == null || b == null) {
            return java.util.Optional.empty();
        }
        double[] diff = new double[a.length];
        for (int d = 0; d < a.length; d++) {
            diff[d] = b[d] - a[d];
        }
        double point = after.area(area).orElseThrow().value() - before.area(area).orElseThrow().value();
        return java.util.Optional.of(new Change(area, before.period(), after.period(), point,
                MonteCarlo.interval(diff, 0.025, 0.975)));
    }
}
