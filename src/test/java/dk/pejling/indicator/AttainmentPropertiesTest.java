package dk.pejling.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.indicator.attainment.IndicatorFacts;
import dk.pejling.indicator.attainment.Rollup;
import dk.pejling.indicator.attainment.TargetEvaluator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A better result never worsens a verdict: for single targets and for roll-ups. */
class AttainmentPropertiesTest {

    private static int rank(Attainment a) {
        return switch (a) {
            case REACHED -> 0;
            case PARTLY_REACHED -> 1;
            case NOT_REACHED -> 2;
            case NOT_MEASURED -> 3;
        };
    }

    record Case(TargetKind kind, Direction direction, BigDecimal target, BigDecimal reference, BigDecimal value,
                BigDecimal improvement) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<TargetKind> kinds = Arbitraries.of(TargetKind.AT_LEAST, TargetKind.AT_MOST, TargetKind.RELATIVE_CHANGE,
                TargetKind.PP_CHANGE, TargetKind.NOT_WORSE_THAN_PERIOD, TargetKind.RETURN_TO_LEVEL);
        Arbitrary<BigDecimal> numbers = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("5000")).ofScale(1);
        Arbitrary<BigDecimal> changes = Arbitraries.bigDecimals().between(new BigDecimal("-30"), new BigDecimal("30")).ofScale(1);
        Arbitrary<BigDecimal> improvements = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(1);
        return Combinators.combine(kinds, Arbitraries.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER),
                        numbers, changes, numbers, numbers, improvements)
                .as((kind, direction, level, change, reference, value, improvement) -> {
                    // A change target points the way that is better for the indicator.
                    BigDecimal target = switch (kind) {
                        case RELATIVE_CHANGE, PP_CHANGE -> direction == Direction.HIGHER_IS_BETTER ? change.abs() : change.abs().negate();
                        default -> level;
                    };
                    return new Case(kind, direction, target, reference, value, improvement);
                });
    }

    @Property
    void aBetterValueNeverWorsensTheVerdict(@ForAll("cases") Case c) {
        boolean atLeastWhenHigher = c.direction() == Direction.HIGHER_IS_BETTER;
        TargetKind kind = c.kind() == TargetKind.AT_LEAST || c.kind() == TargetKind.AT_MOST
                ? (atLeastWhenHigher ? TargetKind.AT_LEAST : TargetKind.AT_MOST) : c.kind();
        TargetSpec spec = new TargetSpec(MeasurementPeriod.of("2018"), null, kind,
                kind == TargetKind.NOT_WORSE_THAN_PERIOD ? null : c.target(), null, MeasurementPeriod.of("2017"),
                false, false, null);
        IndicatorFacts indicator = new IndicatorFacts(java.util.UUID.randomUUID(), "p", Unit.COUNT, 1, c.direction(),
                List.of(), List.of(spec));
        BigDecimal better = c.direction() == Direction.HIGHER_IS_BETTER ? c.value().add(c.improvement()) : c.value().subtract(c.improvement());
        Attainment before = TargetEvaluator.evaluate(indicator, spec,
                List.of(Fixtures.value("2017", c.reference().toPlainString()), Fixtures.value("2018", c.value().toPlainString()))).status();
        Attainment after = TargetEvaluator.evaluate(indicator, spec,
                List.of(Fixtures.value("2017", c.reference().toPlainString()), Fixtures.value("2018", better.toPlainString()))).status();
        assertThat(rank(after)).isLessThanOrEqualTo(rank(before));
    }

    @Property
    void improvingOneItemNeverWorsensTheRollUp(@ForAll("statuses") List<Attainment> items,
                                               @ForAll @IntRange(min = 0, max = 19) int which,
                                               @ForAll("methods") RollupMethod method) {
        int index = which % items.size();
        Attainment current = items.get(index);
        if (current == Attainment.NOT_MEASURED || current == Attainment.REACHED) {
            return; // measuring something new is not an "improvement" of a result
        }
        List<Attainment> improved = new ArrayList<>(items);
        improved.set(index, current == Attainment.NOT_REACHED ? Attainment.PARTLY_REACHED : Attainment.REACHED);
        Attainment before = Rollup.combine(items.stream().map(a -> new Rollup.Item(a, null)).toList(), method);
        Attainment after = Rollup.combine(improved.stream().map(a -> new Rollup.Item(a, null)).toList(), method);
        assertThat(rank(after)).isLessThanOrEqualTo(rank(before));
    }

    @Provide
    Arbitrary<List<Attainment>> statuses() {
        return Arbitraries.of(Attainment.class).list().ofMinSize(1).ofMaxSize(20);
    }

    @Provide
    Arbitrary<RollupMethod> methods() {
        return Arbitraries.of(RollupMethod.class);
    }
}
