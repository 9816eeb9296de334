-- CaseDesk caseload, schema version 4: sign-in is checked, and failed attempts are counted where
-- every process on the workstation sees them, so that starting a new command does not reset them.
ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0);
ALTER TABLE users ADD COLUMN locked_until TEXT;
