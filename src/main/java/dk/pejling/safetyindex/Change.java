package dk.pejling.safetyindex;

import java.util.Optional;

/**
 * The change of an area's index, or of one of its indicators, between two periods by the same method:
 * the difference of the point values and the 95 % interval of the paired Monte Carlo differences
 * (draw d of one period against draw d of the other; for the index they share the method noise, for an
 * indicator the two periods' samples are independent, so their draws are too). Significant only when
 * that interval excludes 0; otherwise it reads "ingen sikker ændring".
 */
public record Change(String area, Period from, Period to, double difference, Interval interval) {

    public boolean significant() {
        return interval.low() > 0 || interval.high() < 0;
    }

    public static Optional<Change> between(IndexResult before, IndexResult after, String area) {
        requireOneMethod(before, after);
        double[] a = before.draws().get(area);
        double[] b = after.draws().get(area);
        if (a == null || b == null) {
            return Optional.empty();
        }
        double point = after.area(area).orElseThrow().value() - before.area(area).orElseThrow().value();
        return Optional.of(of(area, before.period(), after.period(), point, a, b));
    }

    /**
     * The change of one indicator (a share in percentage points, a rate per 1,000 residents): empty when
     * either period's cell is missing or hidden, since a hidden value must not reappear as a difference.
     */
    public static Optional<Change> ofIndicator(MethodDocument method, IndexResult before, IndexResult after, String area,
                                               String key) {
        requireOneMethod(before, after);
        Optional<IndicatorValue> from = shownCell(before, area, key);
        Optional<IndicatorValue> to = shownCell(after, area, key);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        MonteCarlo draws = new MonteCarlo(method, null);
        double[] a = draws.indicatorDraws(from.get(), before.period(), area);
        double[] b = draws.indicatorDraws(to.get(), after.period(), area);
        return Optional.of(of(area, before.period(), after.period(), to.get().value() - from.get().value(), a, b));
    }

    private static Optional<IndicatorValue> shownCell(IndexResult result, String area, String key) {
        return result.area(area).flatMap(a -> a.indicators().stream().filter(v -> v.key().equals(key)).findFirst())
                .filter(v -> v.suppressed() == null && !Double.isNaN(v.value()));
    }

    private static Change of(String area, Period from, Period to, double point, double[] a, double[] b) {
        double[] diff = new double[a.length];
        for (int d = 0; d < a.length; d++) {
            diff[d] = b[d] - a[d];
        }
        return new Change(area, from, to, point, MonteCarlo.interval(diff, 0.025, 0.975));
    }

    private static void requireOneMethod(IndexResult before, IndexResult after) {
        if (!before.methodSha256().equals(after.methodSha256())) {
            throw new IllegalArgumentException("a change is computed by one method version");
        }
    }
}
