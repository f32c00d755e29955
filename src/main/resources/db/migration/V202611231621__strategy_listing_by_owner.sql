-- The strategy list counts its matches per owner and then sorts only the owners on the requested
-- page (see StrategyQueries.list). With status, kind and owner in the listing index, that count
-- reads only the index for the common filters, on H2 and on PostgreSQL. The title left the index:
-- no query used it, as every list orders by the owner's name first.
DROP INDEX strategy_listing_idx;
CREATE INDEX strategy_listing_idx ON strategy (visibility, status, kind, owner_id);
