-- CaseDesk caseload, schema version 6: the caseload's own settings, which an administrator sets
-- (an audit event records each change, and the table as it stands after it).
-- sign_in_to_read: 'yes' when every command asks for a sign-in, even one that only reads.
CREATE TABLE settings (
    name   TEXT PRIMARY KEY CHECK (name IN ('sign_in_to_read')),
    value  TEXT NOT NULL
);
