CREATE TABLE organisation (
    id         UUID PRIMARY KEY,
    parent_id  UUID REFERENCES organisation (id),
    slug       VARCHAR(100) UNIQUE,
    name       VARCHAR(300) NOT NULL,
    short_name VARCHAR(60),
    kind       VARCHAR(40) NOT NULL,
    version    BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);
