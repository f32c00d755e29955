CREATE TABLE initiative (
    id               UUID PRIMARY KEY,
    strategy_id      UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    parent_id        UUID REFERENCES initiative (id) ON DELETE CASCADE,
    number           VARCHAR(40),
    kind             VARCHAR(30) NOT NULL,
    title            VARCHAR(1000) NOT NULL,
    description      VARCHAR,
    purpose          VARCHAR,
    content          VARCHAR,
    responsibilities VARCHAR,
    area             VARCHAR(300),
    responsible_id   UUID REFERENCES organisation (id),
    lead_person      VARCHAR(200),
    lead_user_id     UUID REFERENCES access_user (id) ON DELETE SET NULL,
    period_from      DATE,
    period_to        DATE,
    sort_order       INT NOT NULL,
    visibility       VARCHAR(20) NOT NULL,
    version          BIGINT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX initiative_strategy_idx ON initiative (strategy_id, sort_order);
CREATE INDEX initiative_parent_idx ON initiative (parent_id);
CREATE INDEX initiative_responsible_idx ON initiative (responsible_id);

CREATE TABLE initiative_partner (
    initiative_id   UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    role            VARCHAR(1000),
    hours           NUMERIC(12, 2),
    PRIMARY KEY (initiative_id, position)
);

-- Staff resources per role ("9,25 timer ugentligt", split over profiles until 31.12.22).
CREATE TABLE initiative_staffing (
    initiative_id  UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position       INT NOT NULL,
    role           VARCHAR(500) NOT NULL,
    part_of        VARCHAR(500),
    hours_per_week NUMERIC(8, 2),
    approximate    BOOLEAN NOT NULL,
    valid_from     DATE,
    valid_until    DATE,
    note           VARCHAR(1000),
    PRIMARY KEY (initiative_id, position)
);

CREATE TABLE initiative_target_group (
    initiative_id UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position      INT NOT NULL,
    label         VARCHAR(200),
    description   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (initiative_id, position)
);

CREATE TABLE initiative_goal (
    initiative_id UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    goal_id       UUID NOT NULL REFERENCES strategy_goal (id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, goal_id)
);
CREATE INDEX initiative_goal_goal_idx ON initiative_goal (goal_id);

-- A strategy's own status legend; without rows the default three-colour legend of the seeds applies.
CREATE TABLE initiative_status_option (
    strategy_id   UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    position      INT NOT NULL,
    code          VARCHAR(40) NOT NULL,
    label_da      VARCHAR(100) NOT NULL,
    label_en      VARCHAR(100) NOT NULL,
    colour        VARCHAR(7) NOT NULL,
    icon          VARCHAR(4) NOT NULL,
    needs_note    BOOLEAN NOT NULL,
    PRIMARY KEY (strategy_id, position)
);

CREATE TABLE reporting_round (
    id          UUID PRIMARY KEY,
    strategy_id UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    title       VARCHAR(300) NOT NULL,
    as_of       DATE NOT NULL,
    due_date    DATE NOT NULL,
    state       VARCHAR(20) NOT NULL,
    initiative_count INT NOT NULL,
    opened_by   VARCHAR(100) NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by VARCHAR(100),
    approved_at TIMESTAMP WITH TIME ZONE,
    version     BIGINT NOT NULL
);
CREATE INDEX reporting_round_strategy_idx ON reporting_round (strategy_id, as_of);

-- The initiatives a round asks about, fixed when the round opens (kept apart from the round's row so
-- reading a round does not read thousands of members).
CREATE TABLE reporting_round_initiative (
    round_id      UUID NOT NULL REFERENCES reporting_round (id) ON DELETE CASCADE,
    initiative_id UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, initiative_id)
);

-- The current state of one initiative's report in one round; every change is also a revision below.
CREATE TABLE status_report (
    id             UUID PRIMARY KEY,
    round_id       UUID NOT NULL REFERENCES reporting_round (id) ON DELETE CASCADE,
    initiative_id  UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    status_code    VARCHAR(40) NOT NULL,
    comment        VARCHAR,
    progress       INT,
    state          VARCHAR(20) NOT NULL,
    revision       INT NOT NULL,
    submitted_by   VARCHAR(100) NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    review_comment VARCHAR(4000),
    reviewed_by    VARCHAR(100),
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    version        BIGINT NOT NULL,
    UNIQUE (round_id, initiative_id)
);

-- Append-only history of every status, comment and review.
CREATE TABLE status_report_revision (
    id            UUID PRIMARY KEY,
    report_id     UUID NOT NULL REFERENCES status_report (id) ON DELETE CASCADE,
    revision      INT NOT NULL,
    action        VARCHAR(20) NOT NULL,
    status_code   VARCHAR(40) NOT NULL,
    comment       VARCHAR,
    progress      INT,
    note          VARCHAR(4000),
    actor         VARCHAR(100) NOT NULL,
    happened_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX status_report_revision_report_idx ON status_report_revision (report_id, revision);

CREATE TABLE reporting_reminder (
    round_id      UUID NOT NULL REFERENCES reporting_round (id) ON DELETE CASCADE,
    initiative_id UUID NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    recipient     VARCHAR(300) NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (round_id, initiative_id, recipient, kind)
);
