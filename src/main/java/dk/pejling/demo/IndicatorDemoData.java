package dk.pejling.demo;

import dk.pejling.indicator.Attainment;
import dk.pejling.indicator.Baseline;
import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.GoalLink;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorDetails;
import dk.pejling.indicator.IndicatorService;
import dk.pejling.indicator.ManualVerdictService;
import dk.pejling.indicator.MeasurementInput;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.MeasurementService;
import dk.pejling.indicator.ReportedChange;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.indicator.Unit;
import dk.pejling.shared.Coded;
import dk.pejling.shared.Visibility;
import dk.pejling.strategy.GoalId;
import dk.pejling.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Loads demo/indicators.yaml: indicators with baselines, targets and results, and verdicts set by hand. */
@Component
class IndicatorDemoData {

    private static final Pattern YEAR_SPAN = Pattern.compile("(\\d{4})-(\\d{4})");
    private final IndicatorService indicators;
    private final MeasurementService measurements;
    private final ManualVerdictService verdicts;

    IndicatorDemoData(IndicatorService indicators, MeasurementService measurements, ManualVerdictService verdicts) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.verdicts = verdicts;
    }

    int load(IndicatorFile file, Map<String, Strategy> strategies, Map<String, Map<String, GoalId>> goals) {
        int count = 0;
        for (IndicatorFile.Entry e : file.indicators()) {
            Map<String, GoalId> codes = goals.getOrDefault(e.strategy(), Map.of());
            List<GoalLink> links = new ArrayList<>();
            for (String code : e.goals() == null ? List.<String>of() : e.goals()) {
                GoalId goal = codes.get(code);
                if (goal == null) {
                    throw new IllegalStateException("indicator " + e.key() + " names unknown goal " + e.strategy() + " " + code);
                }
                links.add(new GoalLink(goal.value(), null));
            }
            Indicator indicator = indicators.create(new IndicatorDetails(e.name(), e.definition(),
                    Coded.parse(Unit.class, e.unit()), e.decimals(), Coded.parse(Direction.class, e.direction()),
                    e.frequency() == null ? Frequency.YEAR : Coded.parse(Frequency.class, e.frequency()),
                    e.population(), e.source() == null ? null : e.source().name(),
                    e.source() == null ? null : e.source().owner(), e.source() == null ? null : e.source().url(),
                    Coded.parse(Visibility.class, e.visibility() == null ? "offentlig" : e.visibility()),
                    links, baselines(e), targets(e)), e.key(), DemoDataLoader.SYSTEM);
            for (IndicatorFile.MeasurementEntry m : e.measurements() == null ? List.<IndicatorFile.MeasurementEntry>of() : e.measurements()) {
                measurements.add(indicator.id(), measurement(m), DemoDataLoader.SYSTEM);
            }
            count++;
        }
        for (IndicatorFile.Verdict v : file.manualVerdicts() == null ? List.<IndicatorFile.Verdict>of() : file.manualVerdicts()) {
            GoalId goal = goals.getOrDefault(v.strategy(), Map.of()).get(v.goal());
            if (goal == null) {
                throw new IllegalStateException("manual verdict names unknown goal " + v.strategy() + " " + v.goal());
            }
            String period = v.period() != null ? v.period()
                    : String.valueOf(strategies.get(v.strategy()).period().to().getYear());
            verdicts.set(goal, MeasurementPeriod.of(period), Attainment.fromDanish(v.verdict()), v.reason(), DemoDataLoader.SYSTEM);
        }
        return count;
    }

    private static List<Baseline> baselines(IndicatorFile.Entry e) {
        List<Baseline> result = new ArrayList<>();
        for (IndicatorFile.BaselineEntry b : e.baselines() == null ? List.<IndicatorFile.BaselineEntry>of() : e.baselines()) {
            result.add(new Baseline(b.value(), b.date(), b.population(), b.note() != null ? b.note() : b.text()));
        }
        return result;
    }

    /** A ladder becomes one target per step; a target "every year 2021-2025" one target per year. */
    private static List<TargetSpec> targets(IndicatorFile.Entry e) {
        List<TargetSpec> result = new ArrayList<>();
        for (IndicatorFile.TargetEntry t : e.targets() == null ? List.<IndicatorFile.TargetEntry>of() : e.targets()) {
            for (String period : periods(t.period())) {
                MeasurementPeriod p = MeasurementPeriod.of(period);
                MeasurementPeriod ref = t.reference() == null || t.reference().period() == null ? null
                        : MeasurementPeriod.of(t.reference().period());
                boolean againstBaseline = t.reference() != null && Boolean.TRUE.equals(t.reference().baseline());
                boolean strict = Boolean.TRUE.equals(t.strict());
                if ("ladder".equals(t.kind())) {
                    TargetKind rung = Coded.parse(Direction.class, e.direction()) == Direction.LOWER_IS_BETTER
                            ? TargetKind.AT_MOST : TargetKind.AT_LEAST;
                    for (IndicatorFile.Step step : t.steps()) {
                        result.add(new TargetSpec(p, step.after(), rung, step.value(), null, null, false, strict, t.text()));
                    }
                } else {
                    result.add(new TargetSpec(p, null, Coded.parse(TargetKind.class, t.kind()), t.value(), t.upper(),
                            ref, againstBaseline, strict, t.text()));
                }
            }
        }
        return result;
    }

    private static List<String> periods(String period) {
        Matcher span = YEAR_SPAN.matcher(period);
        if (!span.matches()) {
            return List.of(period);
        }
        List<String> years = new ArrayList<>();
        for (int y = Integer.parseInt(span.group(1)); y <= Integer.parseInt(span.group(2)); y++) {
            years.add(String.valueOf(y));
        }
        return years;
    }

    private static MeasurementInput measurement(IndicatorFile.MeasurementEntry m) {
        IndicatorFile.Change c = m.change();
        ReportedChange change = null;
        String note = m.note();
        if (c != null && c.value() != null) {
            change = new ReportedChange(c.value(), Coded.parse(Unit.class, c.unit()),
                    "mere end".equals(c.qualifier()) ? ReportedChange.Qualifier.MORE_THAN
                            : "mindre end".equals(c.qualifier()) ? ReportedChange.Qualifier.LESS_THAN
                            : ReportedChange.Qualifier.EXACT, c.reference());
        } else if (c != null && c.text() != null) {
            note = note == null ? c.text() : note + "; " + c.text();
        }
        return new MeasurementInput(MeasurementPeriod.of(m.period()), m.step(), m.value(), m.sampleSize(), null, null,
                note, null, null, change);
    }
}
