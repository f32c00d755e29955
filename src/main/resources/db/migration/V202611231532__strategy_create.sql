CREATE TABLE strategy (
    id          UUID PRIMARY KEY,
    slug        VARCHAR(120) UNIQUE,
    title       VARCHAR(300) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    owner_id    UUID NOT NULL REFERENCES organisation (id),
    period_from DATE,
    period_to   DATE,
    status      VARCHAR(40) NOT NULL,
    summary     VARCHAR,
    visibility  VARCHAR(20) NOT NULL,
    version     BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX strategy_owner_idx ON strategy (owner_id);
CREATE INDEX strategy_listing_idx ON strategy (visibility, status, title);

CREATE TABLE strategy_partner (
    strategy_id     UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (strategy_id, organisation_id)
);
CREATE INDEX strategy_partner_organisation_idx ON strategy_partner (organisation_id);

CREATE TABLE strategy_theme (
    strategy_id UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    theme       VARCHAR(100) NOT NULL,
    PRIMARY KEY (strategy_id, theme)
);

-- A link is a title with a URL, or a title with an uploaded file kept on disk under the data dir.
CREATE TABLE strategy_link (
    strategy_id  UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    id           UUID NOT NULL UNIQUE,
    title        VARCHAR(300) NOT NULL,
    url          VARCHAR(2000),
    file_name    VARCHAR(300),
    content_type VARCHAR(200),
    size_bytes   BIGINT,
    PRIMARY KEY (strategy_id, position)
);

CREATE TABLE strategy_relation (
    strategy_id UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    kind        VARCHAR(40) NOT NULL,
    target_id   UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    PRIMARY KEY (strategy_id, kind, target_id)
);
CREATE INDEX strategy_relation_target_idx ON strategy_relation (target_id);

CREATE TABLE strategy_goal (
    id          UUID PRIMARY KEY,
    strategy_id UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    parent_id   UUID REFERENCES strategy_goal (id) ON DELETE CASCADE,
    code        VARCHAR(40),
    kind        VARCHAR(40) NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    description VARCHAR,
    sort_order  INT NOT NULL,
    visibility  VARCHAR(20) NOT NULL,
    version     BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX strategy_goal_strategy_idx ON strategy_goal (strategy_id, sort_order);
CREATE INDEX strategy_goal_parent_idx ON strategy_goal (parent_id);
