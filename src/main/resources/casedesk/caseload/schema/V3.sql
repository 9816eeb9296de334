-- CaseDesk caseload, schema version 3: the officer's corrections beside what the reader read, and how
-- far the reader could prove each statement it read.

-- A correction is a figure row of its own, kept beside the figure as read (never over it): who made
-- it and when. The newest correction of a figure is the one the rules use. A new reading of the
-- document replaces the rows it read, never the corrections.
ALTER TABLE figures ADD COLUMN corrected_by TEXT;
ALTER TABLE figures ADD COLUMN corrected_at TEXT;
CREATE TRIGGER corrections_are_never_changed BEFORE UPDATE ON figures WHEN OLD.corrected_by IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a correction is never changed: make a new one'); END;
CREATE TRIGGER corrections_are_never_deleted BEFORE DELETE ON figures WHEN OLD.corrected_by IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a correction is never deleted: make a new one'); END;

-- The reader's own verdict on a statement's table: reconciled, partial (unproven_rows lists them,
-- from 1, comma-separated) or unread.
CREATE TABLE readings (
    document_id    INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    status         TEXT NOT NULL CHECK (status IN ('reconciled', 'partial', 'unread')),
    unproven_rows  TEXT NOT NULL
);

-- A row that is money neither in nor out (a WeChat bill's "/"): no credit, whatever its sign.
ALTER TABLE transactions ADD COLUMN neutral INTEGER NOT NULL DEFAULT 0 CHECK (neutral IN (0, 1));

-- A transaction the reader missed, added by an officer from the page: kept beside the rows read, with
-- who added it and when, through any new reading of the document; never changed once added.
ALTER TABLE transactions ADD COLUMN supplied_by TEXT;
ALTER TABLE transactions ADD COLUMN supplied_at TEXT;
CREATE TRIGGER supplied_transactions_are_never_changed BEFORE UPDATE ON transactions WHEN OLD.supplied_by IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a transaction an officer added is never changed'); END;
CREATE TRIGGER supplied_transactions_are_never_deleted BEFORE DELETE ON transactions WHEN OLD.supplied_by IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a transaction an officer added is never deleted'); END;
