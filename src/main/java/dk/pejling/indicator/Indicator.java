package dk.pejling.indicator;

import dk.pejling.indicator.attainment.IndicatorFacts;
import dk.pejling.shared.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * An indicator with its goal links, baselines and targets. Measurements are their own aggregate:
 * there are many, they arrive one by one, and each keeps its history.
 */
public class Indicator {

    @Id
    private final UUID id;
    private final String slug;
    private String name;
    private String definition;
    private Unit unit;
    private int decimals;
    private Direction direction;
    private Frequency frequency;
    private String population;
    private String sourceName;
    private String sourceOwner;
    private String sourceUrl;
    private Visibility visibility;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "indicator_id")
    private Set<GoalLink> goals = new LinkedHashSet<>();
    @MappedCollection(idColumn = "indicator_id", keyColumn = "position")
    private List<Baseline> baselines = new ArrayList<>();
    @MappedCollection(idColumn = "indicator_id", keyColumn = "position")
    private List<Target> targets = new ArrayList<>();

    @PersistenceCreator
    Indicator(UUID id, String slug, String name, String definition, Unit unit, int decimals, Direction direction,
              Frequency frequency, String population, String sourceName, String sourceOwner, String sourceUrl,
              Visibility visibility, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.definition = definition;
        this.unit = unit;
        this.decimals = decimals;
        this.direction = direction;
        this.frequency = frequency;
        this.population = population;
        this.sourceName = sourceName;
        this.sourceOwner = sourceOwner;
        this.sourceUrl = sourceUrl;
        this.visibility = visibility;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Indicator create(String slug, IndicatorDetails details, Instant now) {
        Indicator indicator = new Indicator(UUID.randomUUID(), slug, null, null, null, 0, null, null, null, null, null,
                null, null, null, now, now);
        indicator.apply(details, now);
        return indicator;
    }

    void apply(IndicatorDetails d, Instant now) {
        name = d.name();
        definition = d.definition();
        unit = d.unit();
        decimals = d.decimals();
        direction = d.direction();
        frequency = d.frequency();
        population = d.population();
        sourceName = d.sourceName();
        sourceOwner = d.sourceOwner();
        sourceUrl = d.sourceUrl();
        visibility = d.visibility();
        goals = new LinkedHashSet<>(d.goals());
        baselines = new ArrayList<>(d.baselines());
        targets = new ArrayList<>(d.targets().stream().map(Target::of).toList());
        updatedAt = now;
    }

    public IndicatorFacts facts() {
        return new IndicatorFacts(id, name, unit, decimals, direction,
                baselines.stream().map(Baseline::value).filter(java.util.Objects::nonNull).toList(), targetSpecs());
    }

    public IndicatorId id() { return new IndicatorId(id); }
    public String slug() { return slug; }
    public String name() { return name; }
    public String definition() { return definition; }
    public Unit unit() { return unit; }
    public int decimals() { return decimals; }
    public Direction direction() { return direction; }
    public Frequency frequency() { return frequency; }
    public String population() { return population; }
    public String sourceName() { return sourceName; }
    public String sourceOwner() { return sourceOwner; }
    public String sourceUrl() { return sourceUrl; }
    public Visibility visibility() { return visibility; }
    public long version() { return version == null ? 0 : version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<GoalLink> goals() { return List.copyOf(goals); }
    public List<Baseline> baselines() { return List.copyOf(baselines); }
    public List<TargetSpec> targetSpecs() { return targets.stream().map(Target::spec).toList(); }

    /** A value may be for the indicator's frequency or a coarser period (a yearly total of a quarterly indicator). */
    public boolean acceptsPeriod(MeasurementPeriod period) {
        return period.frequency().ordinal() <= frequency.ordinal();
    }

    /** Whether a target names this ladder step ("1 år"). */
    public boolean hasStep(String step) {
        return targets.stream().anyMatch(t -> step.equals(t.step()));
    }

    public BigDecimal weightFor(UUID goalId) {
        return goals.stream().filter(g -> g.goalId().equals(goalId)).map(GoalLink::weight).findFirst().orElse(BigDecimal.ONE);
    }
}
