-- CaseDesk caseload, schema version 8: decisions imported from other workstations' audit bundles,
-- for a supervisor's caseload that audits several workstations. ("IF NOT EXISTS": development
-- builds of 2026-12-04 briefly created these tables in version 7.)

-- Other workstations whose decisions a supervisor imported from signed bundles: each known by the
-- fingerprint of its signing key (trusted on its first import, under the label the supervisor gave
-- it), with the head of its audit trail as the last bundle showed it, so that a later bundle must
-- continue that trail rather than rewrite it.
CREATE TABLE IF NOT EXISTS workstations (
    id           INTEGER PRIMARY KEY,
    fingerprint  TEXT NOT NULL UNIQUE,
    public_key   BLOB NOT NULL,
    label        TEXT NOT NULL UNIQUE,
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL,
    head_seq     INTEGER NOT NULL,
    head_hash    TEXT NOT NULL,
    events       INTEGER NOT NULL,
    acknowledged TEXT NOT NULL,     -- an acknowledged break the workstation's trail is intact since, or ''
    bundle       INTEGER NOT NULL   -- the audit event of the import whose decisions are the workstation's now
);

-- The decisions of those workstations, as each bundle held them: never updated or deleted (a newer
-- bundle of the same workstation adds its own rows, and the workstation then points at them), sealed
-- under this caseload's key like its own decisions.
CREATE TABLE IF NOT EXISTS imported_decisions (
    workstation_id   INTEGER NOT NULL REFERENCES workstations (id),
    bundle           INTEGER NOT NULL,
    decision_id      INTEGER NOT NULL,
    case_reference   TEXT NOT NULL,
    applicant        TEXT NOT NULL,
    lodged           TEXT NOT NULL,
    deadline         TEXT NOT NULL,
    outcome          TEXT NOT NULL CHECK (outcome IN ('issue', 'refuse', 'request-documents')),
    refusal_grounds  TEXT NOT NULL,
    decided_by       TEXT NOT NULL,
    decided_at       TEXT NOT NULL,
    note             BLOB NOT NULL,
    deviation_reason BLOB NOT NULL,
    snapshot         BLOB NOT NULL,
    snapshot_sha256  TEXT NOT NULL,
    supersedes       INTEGER,
    path             TEXT NOT NULL CHECK (path IN ('sesame', 'bank', 'none')),
    against          INTEGER NOT NULL CHECK (against IN (0, 1)),
    signals          TEXT NOT NULL,
    top_severity     TEXT,
    rule_set         TEXT,
    score            BLOB,
    PRIMARY KEY (workstation_id, bundle, decision_id)
);
CREATE INDEX IF NOT EXISTS imported_decisions_decided_at ON imported_decisions (bundle, decided_at);
CREATE TRIGGER IF NOT EXISTS imported_decisions_are_never_updated BEFORE UPDATE ON imported_decisions
BEGIN SELECT RAISE(ABORT, 'imported decisions are never updated'); END;
CREATE TRIGGER IF NOT EXISTS imported_decisions_are_never_deleted BEFORE DELETE ON imported_decisions
BEGIN SELECT RAISE(ABORT, 'imported decisions are never deleted'); END;
