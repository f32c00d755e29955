CREATE TABLE access_user (
    id              UUID PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(300),
    organisation_id UUID REFERENCES organisation (id),
    password_hash   VARCHAR(200),
    roles           VARCHAR(200) NOT NULL,
    failed_logins   INT NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    enabled         BOOLEAN NOT NULL,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Personal API tokens; only a SHA-256 hash of the token is stored.
CREATE TABLE access_token (
    id           UUID PRIMARY KEY,
    user_id      UUID NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64) NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT NOT NULL
);
CREATE INDEX access_token_user_idx ON access_token (user_id);
