-- The instance (PEJLING_INSTANCE_ID) that reads a minutes draft: at its start only that instance may take a
-- draft still marked READING for one a stop interrupted; another instance may only once the draft is old.
ALTER TABLE minutes_import ADD COLUMN read_by VARCHAR(200);
