CREATE TABLE indicator (
    id           UUID PRIMARY KEY,
    slug         VARCHAR(120) UNIQUE,
    name         VARCHAR(300) NOT NULL,
    definition   VARCHAR,
    unit         VARCHAR(30) NOT NULL,
    decimals     INT NOT NULL,
    direction    VARCHAR(30) NOT NULL,
    frequency    VARCHAR(20) NOT NULL,
    population   VARCHAR(300),
    source_name  VARCHAR(300),
    source_owner VARCHAR(300),
    source_url   VARCHAR(2000),
    visibility   VARCHAR(20) NOT NULL,
    version      BIGINT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An indicator serves one or more goals; the weight is used by the weighted roll-up.
CREATE TABLE indicator_goal (
    indicator_id UUID NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    goal_id      UUID NOT NULL REFERENCES strategy_goal (id) ON DELETE CASCADE,
    weight       NUMERIC(10, 3) NOT NULL,
    PRIMARY KEY (indicator_id, goal_id)
);
CREATE INDEX indicator_goal_goal_idx ON indicator_goal (goal_id);

CREATE TABLE indicator_baseline (
    indicator_id UUID NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    baseline_value NUMERIC(20, 6),
    as_of        DATE,
    population   VARCHAR(300),
    note         VARCHAR(1000),
    PRIMARY KEY (indicator_id, position)
);

CREATE TABLE indicator_target (
    indicator_id     UUID NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    period           VARCHAR(10) NOT NULL,
    step             VARCHAR(60),
    kind             VARCHAR(40) NOT NULL,
    target_value     NUMERIC(20, 6),
    upper_value      NUMERIC(20, 6),
    reference_period VARCHAR(10),
    against_baseline BOOLEAN NOT NULL,
    strict           BOOLEAN NOT NULL,
    description      VARCHAR,
    PRIMARY KEY (indicator_id, position)
);

-- Measurements are never updated in place: a correction supersedes the old row and points at it,
-- so the history stays and a report as of an earlier date can be reproduced.
CREATE TABLE indicator_measurement (
    id                        UUID PRIMARY KEY,
    indicator_id              UUID NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    period                    VARCHAR(10) NOT NULL,
    step                      VARCHAR(60),
    measured_value            NUMERIC(20, 6) NOT NULL,
    sample_size               INT,
    ci_low                    NUMERIC(20, 6),
    ci_high                   NUMERIC(20, 6),
    note                      VARCHAR(2000),
    source                    VARCHAR(300),
    evidence_url              VARCHAR(2000),
    reported_change           NUMERIC(20, 6),
    reported_change_unit      VARCHAR(30),
    reported_change_qualifier VARCHAR(20),
    reported_change_reference VARCHAR(300),
    entered_by                VARCHAR(100) NOT NULL,
    entered_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    replaces_id               UUID REFERENCES indicator_measurement (id),
    correction_reason         VARCHAR(1000),
    superseded_at             TIMESTAMP WITH TIME ZONE,
    version                   BIGINT NOT NULL
);
CREATE INDEX indicator_measurement_lookup_idx ON indicator_measurement (indicator_id, period);

-- A goal without numbers keeps a verdict set by hand, always with a reason.
CREATE TABLE indicator_manual_verdict (
    id         UUID PRIMARY KEY,
    goal_id    UUID NOT NULL REFERENCES strategy_goal (id) ON DELETE CASCADE,
    period     VARCHAR(10) NOT NULL,
    status     VARCHAR(30) NOT NULL,
    reason     VARCHAR(4000) NOT NULL,
    set_by     VARCHAR(100) NOT NULL,
    set_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT NOT NULL,
    UNIQUE (goal_id, period)
);
