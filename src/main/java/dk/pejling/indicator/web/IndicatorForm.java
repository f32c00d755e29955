package dk.pejling.indicator.web;

import dk.pejling.indicator.Baseline;
import dk.pejling.indicator.Direction;
import dk.pejling.indicator.Frequency;
import dk.pejling.indicator.GoalLink;
import dk.pejling.indicator.Indicator;
import dk.pejling.indicator.IndicatorDetails;
import dk.pejling.indicator.MeasurementPeriod;
import dk.pejling.indicator.TargetKind;
import dk.pejling.indicator.TargetSpec;
import dk.pejling.indicator.Unit;
import dk.pejling.shared.FieldErrors;
import dk.pejling.shared.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The indicator form as posted; rows for goals, baselines and targets, one blank row each for adding. */
public class IndicatorForm {

    private String name;
    private String definition;
    private Unit unit = Unit.COUNT;
    private Integer decimals;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private Frequency frequency = Frequency.YEAR;
    private String population;
    private String sourceName;
    private String sourceOwner;
    private String sourceUrl;
    private Visibility visibility = Visibility.PUBLIC;
    private List<UUID> goalIds = new ArrayList<>();
    private List<BaselineRow> baselines = new ArrayList<>();
    private List<TargetRow> targets = new ArrayList<>();
    private Long version;

    public static class BaselineRow {
        private BigDecimal value;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private String population;
        private String note;

        boolean isEmpty() {
            return value == null && date == null && blank(population) && blank(note);
        }

        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public String getPopulation() { return population; }
        public void setPopulation(String population) { this.population = population; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class TargetRow {
        private String period;
        private String step;
        private TargetKind kind;
        private BigDecimal value;
        private BigDecimal upper;
        private String referencePeriod;
        private boolean againstBaseline;
        private boolean strict;
        private String text;

        boolean isEmpty() {
            return blank(period) && kind == null && value == null && blank(text);
        }

        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period; }
        public String getStep() { return step; }
        public void setStep(String step) { this.step = step; }
        public TargetKind getKind() { return kind; }
        public void setKind(TargetKind kind) { this.kind = kind; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public BigDecimal getUpper() { return upper; }
        public void setUpper(BigDecimal upper) { this.upper = upper; }
        public String getReferencePeriod() { return referencePeriod; }
        public void setReferencePeriod(String referencePeriod) { this.referencePeriod = referencePeriod; }
        public boolean isAgainstBaseline() { return againstBaseline; }
        public void setAgainstBaseline(boolean againstBaseline) { this.againstBaseline = againstBaseline; }
        public boolean isStrict() { return strict; }
        public void setStrict(boolean strict) { this.strict = strict; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    static IndicatorForm of(Indicator i) {
        IndicatorForm f = new IndicatorForm();
        f.name = i.name();
        f.definition = i.definition();
        f.unit = i.unit();
        f.decimals = i.decimals();
        f.direction = i.direction();
        f.frequency = i.frequency();
        f.population = i.population();
        f.sourceName = i.sourceName();
        f.sourceOwner = i.sourceOwner();
        f.sourceUrl = i.sourceUrl();
        f.visibility = i.visibility();
        f.goalIds = new ArrayList<>(i.goals().stream().map(GoalLink::goalId).toList());
        for (Baseline b : i.baselines()) {
            BaselineRow row = new BaselineRow();
            row.value = b.value();
            row.date = b.asOf();
            row.population = b.population();
            row.note = b.note();
            f.baselines.add(row);
        }
        for (TargetSpec t : i.targetSpecs()) {
            TargetRow row = new TargetRow();
            row.period = t.period().value();
            row.step = t.step();
            row.kind = t.kind();
            row.value = t.value();
            row.upper = t.upper();
            row.referencePeriod = t.referencePeriod() == null ? null : t.referencePeriod().value();
            row.againstBaseline = t.againstBaseline();
            row.strict = t.strict();
            row.text = t.text();
            f.targets.add(row);
        }
        f.version = i.version();
        return f;
    }

    IndicatorForm withBlankRows() {
        baselines = new ArrayList<>(baselines);
        targets = new ArrayList<>(targets);
        baselines.add(new BaselineRow());
        targets.add(new TargetRow());
        return this;
    }

    /** Weights set elsewhere (API) are kept when the form does not show them. */
    IndicatorDetails toDetails(Indicator existing) {
        FieldErrors errors = new FieldErrors();
        List<TargetSpec> specs = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetRow t = targets.get(i);
            if (!t.isEmpty()) {
                specs.add(errors.collect("targets[" + i + "].", () -> new TargetSpec(
                        blank(t.period) ? null : MeasurementPeriod.of(t.period), t.step, t.kind, t.value, t.upper,
                        blank(t.referencePeriod) ? null : MeasurementPeriod.of(t.referencePeriod),
                        t.againstBaseline, t.strict, t.text)));
            }
        }
        List<GoalLink> links = goalIds.stream()
                .map(id -> new GoalLink(id, existing == null ? null : existing.weightFor(id))).toList();
        List<Baseline> baselineValues = baselines.stream().filter(b -> !b.isEmpty())
                .map(b -> new Baseline(b.value, b.date, b.population, b.note)).toList();
        return errors.orThrow(errors.collect(() -> new IndicatorDetails(name, definition, unit, decimals, direction,
                frequency, population, sourceName, sourceOwner, sourceUrl, visibility, links, baselineValues, specs)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public Integer getDecimals() { return decimals; }
    public void setDecimals(Integer decimals) { this.decimals = decimals; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public String getPopulation() { return population; }
    public void setPopulation(String population) { this.population = population; }
    public String getSourceName() { return sourceName; }
    public void setSourceName(String sourceName) { this.sourceName = sourceName; }
    public String getSourceOwner() { return sourceOwner; }
    public void setSourceOwner(String sourceOwner) { this.sourceOwner = sourceOwner; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public List<UUID> getGoalIds() { return goalIds; }
    public void setGoalIds(List<UUID> goalIds) { this.goalIds = goalIds == null ? new ArrayList<>() : goalIds; }
    public List<BaselineRow> getBaselines() { return baselines; }
    public void setBaselines(List<BaselineRow> baselines) { this.baselines = baselines == null ? new ArrayList<>() : baselines; }
    public List<TargetRow> getTargets() { return targets; }
    public void setTargets(List<TargetRow> targets) { this.targets = targets == null ? new ArrayList<>() : targets; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
