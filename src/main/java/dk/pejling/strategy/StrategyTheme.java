package dk.pejling.strategy;

import org.springframework.data.relational.core.mapping.Table;

@Table("strategy_theme")
record StrategyTheme(String theme) {
}
