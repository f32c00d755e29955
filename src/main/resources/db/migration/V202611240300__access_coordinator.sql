-- Coordinators are appointed per strategy; the global role COORDINATOR of earlier versions becomes a
-- grant on every strategy that existed, so nobody loses what they could do.
CREATE TABLE access_coordinator (
    user_id     UUID NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
    strategy_id UUID NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by  VARCHAR(200) NOT NULL,
    PRIMARY KEY (user_id, strategy_id)
);
CREATE INDEX access_coordinator_strategy_idx ON access_coordinator (strategy_id);

INSERT INTO access_coordinator (user_id, strategy_id, granted_at, granted_by)
SELECT u.id, s.id, CURRENT_TIMESTAMP, 'migration'
  FROM access_user u CROSS JOIN strategy s
 WHERE u.roles LIKE '%COORDINATOR%';

UPDATE access_user
   SET roles = REPLACE(REPLACE(REPLACE(roles, 'COORDINATOR,', ''), ',COORDINATOR', ''), 'COORDINATOR', 'READER')
 WHERE roles LIKE '%COORDINATOR%';
