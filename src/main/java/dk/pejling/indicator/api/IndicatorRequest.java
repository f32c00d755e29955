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
            String at = "targets[" + i + "]";
            if (t == null) {
                errors.collect(() -> {
                    throw new InvalidInputException(at, "must be given");
                });
                continue;
            }
            // Each period on its own, so "x" as the period is a field error and never a null target further on.
            MeasurementPeriod period = t.period() == null ? null
                    : errors.collect("targets[" + i + "].", () -> MeasurementPeriod.of(t.period()));
            MeasurementPeriod reference = t.referencePeriod() == null ? null
                    : errors.collect(at + ".", () -> referencePeriod(t.referencePeriod()));
            TargetSpec spec = errors.collect("targets[" + i + "].", () -> new TargetSpec(period, t.step(), t.kind(),
                    t.value(), t.upper(), reference, t.againstBaseline(), t.strict(), t.text()));
            if (spec != null) {
                specs.add(spec);
            }
        }
        noNulls("goals", goals, errors);
        noNulls("baselines", baselines, errors);
        IndicatorDetails details = errors.collect(() -> new IndicatorDetails(name, definition, unit, decimals, direction,
                frequency, population, source == null ? null : source.name(), source == null ? null : source.owner(),
                source == null ? null : source.url(), visibility,
                goals == null ? null : goals.stream().filter(java.util.Objects::nonNull)
                        .map(g -> new GoalLink(g.goalId(), g.weight())).toList(),
                baselines == null ? null : baselines.stream().filter(java.util.Objects::nonNull)
                        .map(BaselineDto::toBaseline).toList(), specs));
        return errors.orThrow(details);
    }

    private static MeasurementPeriod referencePeriod(String text) {
        try {
            return MeasurementPeriod.of(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("referencePeriod", e.fieldErrors().getOrDefault("period", "is not a period"));
        }
    }

    /** {@code [null]} in a list is a field error on that element, not a NullPointerException. */
    private static void noNulls(String field, List<?> list, FieldErrors errors) {
        if (list != null && list.contains(null)) {
            errors.collect(() -> {
                throw new InvalidInputException(field + "[" + list.indexOf(null) + "]", "must be given");
            });
        }
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "must be given on update (the version you last read)");
        }
        return version;
    }
}
