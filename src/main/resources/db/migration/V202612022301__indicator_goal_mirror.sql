-- Issue 13: a module's SQL names only its own tables. The indicator and initiative lists filtered on
-- the strategy module's tables (strategy, strategy_goal) for visibility; each now keeps a copy of
-- what it needs, updated from the strategy module's StrategyTreeChanged event in the same transaction.
-- The foreign keys' cascades remove a copy with what it mirrors, whatever path deletes it.

-- indicator: each goal's strategy, and whether the goal is internal (by itself or its strategy).
CREATE TABLE indicator_goal_mirror (
    goal_id     UUID PRIMARY KEY REFERENCES strategy_goal (id) ON DELETE CASCADE,
    strategy_id UUID    NOT NULL,
    internal    BOOLEAN NOT NULL
);
CREATE INDEX indicator_goal_mirror_strategy_idx ON indicator_goal_mirror (strategy_id);

INSERT INTO indicator_goal_mirror (goal_id, strategy_id, internal)
SELECT g.id, g.strategy_id, CASE WHEN g.visibility = 'INTERNAL' OR s.visibility = 'INTERNAL' THEN TRUE ELSE FALSE END
  FROM strategy_goal g JOIN strategy s ON s.id = g.strategy_id;
