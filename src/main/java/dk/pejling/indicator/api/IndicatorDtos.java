package dk.pejling.indicator.api;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.Baseline;
import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Explanation;
import dk.pejling.indicator.ExplanationText;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.GoalAttainment;
import dk.pejling.indicator.GoalLink;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.ManualVerdict;
import dk.pejling.indicator.Measurement;
import dk.pejling.indicator.ReportedChange;
import dk.pejling.indicator.RollupMethod;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.TargetResult;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.indicator.Unit;
import dk.pejling.shared.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** JSON shapes of the results-framework API. */
final class IndicatorDtos {

    private IndicatorDtos() {
    }

    record SourceDto(String name, String owner, String url) {
    }

    record BaselineDto(BigDecimal value, LocalDate date, String population, String note) {
        static BaselineDto of(Baseline b) {
            return new BaselineDto(b.value(), b.asOf(), b.population(), b.note());
        }

        Baseline toBaseline() {
            return new Baseline(value, date, population, note);
        }
    }

    record GoalLinkDto(UUID goalId, BigDecimal weight) {
        static GoalLinkDto of(GoalLink l) {
            return new GoalLinkDto(l.goalId(), l.weight());
        }
    }

    record TargetDto(String period, String step, TargetKind kind, BigDecimal value, BigDecimal upper,
                     String referencePeriod, boolean againstBaseline, boolean strict, String text) {
        static TargetDto of(TargetSpec t) {
            return new TargetDto(t.period().value(), t.step(), t.kind(), t.value(), t.upper(),
                    t.referencePeriod() == null ? null : t.referencePeriod().value(), t.againstBaseline(), t.strict(), t.text());
        }
    }

    record IndicatorDto(UUID id, String key, String name, String definition, Unit unit, int decimals,
                        Direction direction, Frequency frequency, String population, SourceDto source,
                        Visibility visibility, List<GoalLinkDto> goals, List<BaselineDto> baselines,
                        List<TargetDto> targets, long version, Instant createdAt, Instant updatedAt) {
        static IndicatorDto of(Indicator i) {
            return new IndicatorDto(i.id().value(), i.slug(), i.name(), i.definition(), i.unit(), i.decimals(),
                    i.direction(), i.frequency(), i.population(),
                    new SourceDto(i.sourceName(), i.sourceOwner(), i.sourceUrl()), i.visibility(),
                    i.goals().stream().map(GoalLinkDto::of).toList(),
                    i.baselines().stream().map(BaselineDto::of).toList(),
                    i.targetSpecs().stream().map(TargetDto::of).toList(), i.version(), i.createdAt(), i.updatedAt());
        }
    }

    record ChangeDto(BigDecimal value, Unit unit, ReportedChange.Qualifier qualifier, String reference) {
        static ChangeDto of(ReportedChange c) {
            return c == null ? null : new ChangeDto(c.value(), c.unit(), c.qualifier(), c.reference());
        }
    }

    record MeasurementDto(UUID id, String period, String step, BigDecimal value, Integer sampleSize,
                          BigDecimal ciLow, BigDecimal ciHigh, String note, String source, String evidenceUrl,
                          ChangeDto reportedChange, String enteredBy, Instant enteredAt, UUID replaces,
                          String correctionReason, Instant supersededAt, boolean current, long version) {
        static MeasurementDto of(Measurement m) {
            return new MeasurementDto(m.id(), m.period().value(), m.step(), m.value(), m.sampleSize(), m.ciLow(),
                    m.ciHigh(), m.note(), m.source(), m.evidenceUrl(), ChangeDto.of(m.reportedChange()), m.enteredBy(),
                    m.enteredAt(), m.replacesId(), m.correctionReason(), m.supersededAt(), m.current(), m.version());
        }
    }

    /**
     * A verdict's reason (the kind of sentence), the sentence in the request's language, and the sentence
     * in Danish and in English; all written from the message bundles.
     */
    record ExplanationDto(Explanation.Reason reason, String text, String da, String en) {
        static ExplanationDto of(Explanation e, ExplanationText text, Locale locale) {
            return new ExplanationDto(e.reason(), text.render(e, locale), text.danish(e), text.english(e));
        }
    }

    /** How the goal's verdict was combined, in the request's language and in Danish and English. */
    record MethodTextDto(String text, String da, String en) {
        static MethodTextDto of(RollupMethod method, ExplanationText text, Locale locale) {
            return new MethodTextDto(text.method(method, locale), text.method(method, ExplanationText.DANISH),
                    text.method(method, Locale.ENGLISH));
        }
    }

    record TargetResultDto(UUID indicatorId, String indicator, TargetDto target, Attainment status,
                           BigDecimal measured, String measuredPeriod, BigDecimal reference, BigDecimal change,
                           boolean changeReported, BigDecimal weight, ExplanationDto explanation) {
    }

    record ManualVerdictDto(Attainment status, String reason, String period, String setBy, Instant setAt) {
        static ManualVerdictDto of(ManualVerdict v) {
            return v == null ? null : new ManualVerdictDto(v.status(), v.reason(), v.period().value(), v.setBy(), v.setAt());
        }
    }

    record MethodDto(RollupMethod name, MethodTextDto description) {
    }

    record AttainmentDto(UUID goalId, String code, String title, String period, Attainment status,
                         ExplanationDto explanation, MethodDto method, BigDecimal weightedShare,
                         List<TargetResultDto> targets, ManualVerdictDto manual, List<AttainmentDto> children) {

        static AttainmentDto of(GoalAttainment g, ExplanationText text, Locale locale) {
            List<TargetResultDto> targets = g.indicators().stream().flatMap(w -> w.verdict().targets().stream()
                    .map(r -> result(w.verdict().indicatorId(), w.verdict().indicatorName(), r, w.weight(), text, locale)))
                    .toList();
            return new AttainmentDto(g.goalId(), g.code(), g.title(), g.period().value(), g.status(),
                    ExplanationDto.of(g.explanation(), text, locale),
                    new MethodDto(g.method(), MethodTextDto.of(g.method(), text, locale)), g.weightedShare(), targets,
                    ManualVerdictDto.of(g.manual()), g.children().stream().map(c -> of(c, text, locale)).toList());
        }

        private static TargetResultDto result(UUID indicatorId, String name, TargetResult r, BigDecimal weight,
                                              ExplanationText text, Locale locale) {
            return new TargetResultDto(indicatorId, name, TargetDto.of(r.target()), r.status(), r.measured(),
                    r.measuredPeriod() == null ? null : r.measuredPeriod().value(), r.reference(), r.change(),
                    r.changeReported(), weight, ExplanationDto.of(r.explanation(), text, locale));
        }
    }
}
