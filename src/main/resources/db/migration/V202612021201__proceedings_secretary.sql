-- The secretariat of a committee: users who read its closed agenda items and close and reopen them.
-- user_id names an account of the access module, which this module does not reference by key.
CREATE TABLE proceedings_secretary (
    committee_id UUID NOT NULL REFERENCES committee (id) ON DELETE CASCADE,
    user_id      UUID NOT NULL,
    granted_by   VARCHAR(200) NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (committee_id, user_id)
);
CREATE INDEX proceedings_secretary_user_idx ON proceedings_secretary (user_id);
