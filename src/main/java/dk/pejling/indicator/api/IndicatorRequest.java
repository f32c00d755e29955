package dk.pejling.indicator.api;

import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.GoalLink;
import dk.pejling.indicator.IndicatorDetails;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.indicator.Unit;
import dk.pejling.indicator.api.IndicatorDtos.BaselineDto;
import dk.pejling.indicator.api.IndicatorDtos.GoalLinkDto;
import dk.pejling.indicator.api.IndicatorDtos.SourceDto;
import dk.pejling.indicator.api.IndicatorDtos.TargetDto;
import dk.pejling.shared.FieldErrors;
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Visibility;
import java.util.ArrayList;
import java.util.List;

/** Body of create and update of an indicator; {@code version} is required on update. */
record IndicatorRequest(String key, String name, String definition, Unit unit, Integer decimals, Direction direction,
                        Frequency frequency, String population, SourceDto source, Visibility visibility,
                        List<GoalLinkDto> goals, List<BaselineDto> baselines, List<TargetDto> targets, Long version) {

    IndicatorDetails details() {
        FieldErrors errors = new FieldErrors();
        List<TargetSpec> specs = new ArrayList<>();
        List<TargetDto> given = targets == null ? List.of() : targets;
        for (int i = 0; i < given.size(); i++) {
            TargetDto t = given.get(i);
            specs.add(errors.collect("targets[" + i + "].", () -> new TargetSpec(
                    t.period() == null ? null : MeasurementPeriod.of(t.period()), t.step(), t.kind(), t.value(), t.upper(),
                    t.referencePeriod() == null ? null : MeasurementPeriod.of(t.referencePeriod()),
                    t.againstBaseline(), t.strict(), t.text())));
        }
        return errors.orThrow(errors.collect(() -> new IndicatorDetails(name, definition, unit, decimals, direction, frequency,
                    population, source == null ? null : source.name(), source == null ? null : source.owner(),
                    source == null ? null : source.url(), visibility,
                    goals == null ? null : goals.stream().map(g -> new GoalLink(g.goalId(), g.weight())).toList(),
                    baselines == null ? null : baselines.stream().map(BaselineDto::toBaseline).toList(), specs)));
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "must be given on update (the version you last read)");
        }
        return version;
    }
}
