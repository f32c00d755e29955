-- Which computed value feeds which indicator of the goal tree: the index, a sub-index (sub:<key>) or an
-- indicator (ind:<key>) of one area by one method version. The indicator module is written to only
-- through its own service, never by SQL of this module.
CREATE TABLE safetyindex_feed (
    indicator_key  VARCHAR(120) NOT NULL,
    area_code      VARCHAR(64) NOT NULL REFERENCES safetyindex_area (code),
    method_version VARCHAR(40) NOT NULL,
    component      VARCHAR(60) NOT NULL,
    PRIMARY KEY (indicator_key, area_code, method_version)
);
