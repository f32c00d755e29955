-- A feed may enter the change since a baseline period (with the interval of the paired difference)
-- instead of the level: how a goal without a number ("en større tryghed") gets a computed verdict.
ALTER TABLE safetyindex_feed ADD COLUMN baseline_period VARCHAR(20);
