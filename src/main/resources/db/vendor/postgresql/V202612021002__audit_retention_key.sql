-- Only the retention job may delete audit entries. Until now the trigger let any transaction through
-- that set pejling.audit_retention to 'on', which every session of the application's database user
-- can do. Now the setting must hold a secret that only the application holds (a file in its data
-- directory, or PEJLING_AUDIT_RETENTION_KEY); the database keeps nothing but its SHA-256, written
-- once by the application at its first start on this schema (AuditRetentionKey) and never changed.
-- What this does not stop: a session with DDL rights on the schema (the owner can drop a trigger),
-- so run the application as a role that does not own the tables where that matters (README).
CREATE TABLE audit_retention_key (
    id       INT PRIMARY KEY CHECK (id = 1),
    key_hash VARCHAR(64) NOT NULL
);

CREATE FUNCTION audit_retention_key_written_once() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_retention_key is written once: % refused', TG_OP;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_retention_key_written_once BEFORE UPDATE OR DELETE ON audit_retention_key
    FOR EACH ROW EXECUTE FUNCTION audit_retention_key_written_once();

CREATE TRIGGER audit_retention_key_no_truncate BEFORE TRUNCATE ON audit_retention_key
    FOR EACH STATEMENT EXECUTE FUNCTION audit_retention_key_written_once();

-- The key table is named with the trigger's own schema and the functions with pg_catalog, so a
-- temporary table or a search_path set by the session cannot stand in for them. A DELETE is checked
-- once per statement (the retention job deletes 10,000 rows a statement), UPDATE per row as before.
CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
DECLARE
    stored VARCHAR(64);
BEGIN
    IF TG_OP = 'DELETE' THEN
        EXECUTE pg_catalog.format('SELECT key_hash FROM %I.audit_retention_key WHERE id = 1', TG_TABLE_SCHEMA)
            INTO stored;
        IF stored IS NOT NULL AND stored = pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(
                COALESCE(pg_catalog.current_setting('pejling.audit_retention', true), ''), 'UTF8')), 'hex') THEN
            RETURN NULL;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END
$$ LANGUAGE plpgsql;

DROP TRIGGER audit_entry_append_only ON audit_entry;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_delete_with_key BEFORE DELETE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
