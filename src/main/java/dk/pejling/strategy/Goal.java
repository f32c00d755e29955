package dk.pejling.strategy;

import dk.pejling.shared.Visibility;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One node of a strategy's goal tree (mission → hovedmål → mål → delmål, any depth). The tree's
 * shape is guarded by {@link GoalService}: a parent lives in the same strategy and a goal is
 * never its own ancestor.
 */
@Table("strategy_goal")
public class Goal {

    @Id
    private final UUID id;
    private final UUID strategyId;
    private UUID parentId;
    private String code;
    private GoalKind kind;
    private String title;
    private String description;
    private int sortOrder;
    private Visibility visibility;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Goal(UUID id, UUID strategyId, UUID parentId, String code, GoalKind kind, String title, String description,
         int sortOrder, Visibility visibility, Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.strategyId = strategyId;
        this.parentId = parentId;
        this.code = code;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.sortOrder = sortOrder;
        this.visibility = visibility;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Goal create(GoalId id, StrategyId strategyId, GoalDetails details, int order, Instant now) {
        Goal goal = new Goal(id.value(), strategyId.value(), null, null, null, null, null, order, null, null, now, now);
        goal.apply(details, order, now);
        return goal;
    }

    void apply(GoalDetails details, int order, Instant now) {
        this.parentId = details.parentId() == null ? null : details.parentId().value();
        this.code = details.code();
        this.kind = details.kind();
        this.title = details.title();
        this.description = details.description();
        this.sortOrder = order;
        this.visibility = details.visibility();
        this.updatedAt = now;
    }

    public GoalId id() {
        return new GoalId(id);
    }

    public StrategyId strategyId() {
        return new StrategyId(strategyId);
    }

    public GoalId parentId() {
        return parentId == null ? null : new GoalId(parentId);
    }

    public String code() {
        return code;
    }

    public GoalKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int order() {
        return sortOrder;
    }

    public Visibility visibility() {
        return visibility;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** "1.2 At øge samarbejdet …" as lists and reports show a goal. */
    public String label() {
        return code == null ? title : code + " " + title;
    }
}
