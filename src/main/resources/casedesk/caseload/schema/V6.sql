-- CaseDesk caseload, schema version 6: the caseload's own settings, which an administrator sets
-- (who must sign in, the limits an intake is held to). An audit event records each change, and
-- the table as it stands after it. A setting absent here has its default.
CREATE TABLE settings (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
