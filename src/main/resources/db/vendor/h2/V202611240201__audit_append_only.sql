-- H2 (the embedded default): a Java trigger refuses every UPDATE, and every DELETE unless the
-- retention job runs it (AppendOnlyTrigger reads a flag of the job's thread; H2 runs embedded
-- statements on the caller's thread).
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'dk.pejling.audit.store.AppendOnlyTrigger';
