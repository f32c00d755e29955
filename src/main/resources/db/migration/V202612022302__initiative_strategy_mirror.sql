-- Issue 13: a module's SQL names only its own tables. The indicator and initiative lists filtered on
-- the strategy module's tables (strategy, strategy_goal) for visibility; each now keeps a copy of
-- what it needs, updated from the strategy module's StrategyTreeChanged event in the same transaction.
-- The foreign keys' cascades remove a copy with what it mirrors, whatever path deletes it.

-- initiative: each strategy's own visibility, and its title (the initiative list is ordered by it).
CREATE TABLE initiative_strategy_mirror (
    strategy_id UUID PRIMARY KEY REFERENCES strategy (id) ON DELETE CASCADE,
    visibility  VARCHAR(20)  NOT NULL,
    title       VARCHAR(300) NOT NULL
);

INSERT INTO initiative_strategy_mirror (strategy_id, visibility, title)
SELECT id, visibility, title FROM strategy;
