package dk.pejling.strategy;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

@Table("strategy_relation")
public record StrategyRelation(RelationKind kind, UUID targetId) {
}
