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
import dk.pejling.shared.InvalidInputException;
import dk.pejling.shared.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Body of create and update of an indicator; {@code version} is required on update. */
record IndicatorRequest(String key, String name, String definition, Unit unit, Integer decimals, Direction direction,
                        Frequency frequency, String population, SourceDto source, Visibility visibility,
                        List<GoalLinkDto> goals, List<BaselineDto> baselines, List<TargetDto> targets, Long version) {

    IndicatorDetails details() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<TargetSpec> specs = new ArrayList<>();
        List<TargetDto> given = targets == null ? List.of() : targets;
        for (int i = 0; i < given.size(); i++) {
            TargetDto t = given.get(i);
            try {
                specs.add(new TargetSpec(t.period() == null ? null : MeasurementPeriod.of(t.period()), t.step(), t.kind(),
                        t.value(), t.upper(), t.referencePeriod() == null ? null : MeasurementPeriod.of(t.referencePeriod()),
                        t.againstBaseline(), t.strict(), t.text()));
            } catch (InvalidInputException e) {
                int index = i;
                e.fieldErrors().forEach((field, message) -> errors.put("targets[" + index + "]." + field, message));
            }
        }
        try {
            IndicatorDetails details = new IndicatorDetails(name, definition, unit, decimals, direction, frequency,
                    population, source == null ? null : source.name(), source == null ? null : source.owner(),
                    source == null ? null : source.url(), visibility,
                    goals == null ? null : goals.stream().map(g -> new GoalLink(g.goalId(), g.weight())).toList(),
                    baselines == null ? null : baselines.stream().map(BaselineDto::toBaseline).toList(), specs);
            if (errors.isEmpty()) {
                return details;
            }
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        throw new InvalidInputException(errors);
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "must be given on update (the version you last read)");
        }
        return version;
    }
}
