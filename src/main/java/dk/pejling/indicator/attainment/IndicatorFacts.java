package dk.pejling.indicator.attainment;

import dk.pejling.indicator.Direction;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.indicator.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What the attainment calculator needs to know about an indicator, without persistence concerns. */
public record IndicatorFacts(UUID id, String name, Unit unit, int decimals, Direction direction,
                             List<BigDecimal> baselines, List<TargetSpec> targets) {

    public IndicatorFacts {
        baselines = List.copyOf(baselines);
        targets = List.copyOf(targets);
    }
}
