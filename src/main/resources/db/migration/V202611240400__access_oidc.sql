-- Accounts signed in through OpenID Connect are linked to (issuer, subject), which never change,
-- rather than to a user name the identity provider may reassign. They have no password.
ALTER TABLE access_user ADD COLUMN oidc_issuer VARCHAR(500);
ALTER TABLE access_user ADD COLUMN oidc_subject VARCHAR(255);
CREATE UNIQUE INDEX access_user_oidc_idx ON access_user (oidc_issuer, oidc_subject);

-- Set when an administrator resets the password: the user must choose a new one at next login.
ALTER TABLE access_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- Personal API tokens may expire; null means they live until revoked.
ALTER TABLE access_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
