package dk.pejling.indicator.attainment;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.RollupMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Combines verdicts by a {@link RollupMethod}. Pure. */
public final class Rollup {

    private Rollup() {
    }

    /** One verdict to combine, with its weight (1 unless set on the goal–indicator link). */
    public record Item(Attainment status, BigDecimal weight) {
        public Item {
            weight = weight == null ? BigDecimal.ONE : weight;
        }
    }

    public static Attainment combine(List<Item> items, RollupMethod method) {
        List<Item> measured = items.stream().filter(i -> i.status() != Attainment.NOT_MEASURED).toList();
        if (measured.isEmpty()) {
            return Attainment.NOT_MEASURED;
        }
        // An item without values never counts as zero, but the whole cannot be "reached" while one is missing.
        boolean complete = measured.size() == items.size();
        Attainment status = switch (method) {
            case ALL_OR_SOME -> allOrSome(measured);
            case WEIGHTED_SHARE -> weighted(measured);
        };
        return status == Attainment.REACHED && !complete ? Attainment.PARTLY_REACHED : status;
    }

    private static Attainment allOrSome(List<Item> measured) {
        if (measured.stream().allMatch(i -> i.status() == Attainment.REACHED)) {
            return Attainment.REACHED;
        }
        if (measured.stream().anyMatch(i -> i.status() == Attainment.REACHED || i.status() == Attainment.PARTLY_REACHED)) {
            return Attainment.PARTLY_REACHED;
        }
        return Attainment.NOT_REACHED;
    }

    private static Attainment weighted(List<Item> measured) {
        BigDecimal share = share(measured);
        if (share.compareTo(BigDecimal.ONE) >= 0) {
            return Attainment.REACHED;
        }
        return share.compareTo(new BigDecimal("0.5")) >= 0 ? Attainment.PARTLY_REACHED : Attainment.NOT_REACHED;
    }

    /** The weighted share of the measured items, 0 to 1, four decimals. */
    public static BigDecimal share(List<Item> items) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal score = BigDecimal.ZERO;
        for (Item item : items) {
            if (item.status() == Attainment.NOT_MEASURED) {
                continue;
            }
            total = total.add(item.weight());
            BigDecimal points = switch (item.status()) {
                case REACHED -> BigDecimal.ONE;
                case PARTLY_REACHED -> new BigDecimal("0.5");
                default -> BigDecimal.ZERO;
            };
            score = score.add(points.multiply(item.weight()));
        }
        return total.signum() == 0 ? BigDecimal.ZERO : score.divide(total, 4, RoundingMode.HALF_UP);
    }
}
