-- Failed logins no longer lock an account (anyone could lock anyone out with five wrong passwords);
-- access.LoginThrottle slows guessing down in memory instead, so the lock's columns go.
ALTER TABLE access_user DROP COLUMN failed_logins;
ALTER TABLE access_user DROP COLUMN locked_until;
