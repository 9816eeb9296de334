-- CaseDesk caseload, schema version 7: what the supervisor's browser and statistics filter and count
-- decisions by, kept beside each decision so that 100,000 of them are counted by SQL, not by opening
-- every sealed snapshot. A row holds nothing the snapshot does not: it is derived from it when the
-- decision is recorded (or, for a decision from before this version, the first time the caseload is
-- read unlocked), and `audit verify` derives it again and compares while the caseload is unlocked.
CREATE TABLE decision_facts (
    decision_id  INTEGER PRIMARY KEY REFERENCES decisions (id),
    path         TEXT NOT NULL CHECK (path IN ('sesame', 'bank', 'none')),  -- how means were shown
    against      INTEGER NOT NULL CHECK (against IN (0, 1)),  -- decided against the verdicts
    signals      TEXT NOT NULL,  -- JSON array of the signal codes raised on the documents, each once
    top_severity TEXT CHECK (top_severity IN ('low', 'medium', 'high')),  -- of those signals
    rule_set     TEXT,           -- the rule-set version the verdicts came from
    score        BLOB            -- the accepted Sesame score, sealed like every figure
);
CREATE TRIGGER decision_facts_are_never_updated BEFORE UPDATE ON decision_facts
BEGIN SELECT RAISE(ABORT, 'decision facts are never updated'); END;
CREATE TRIGGER decision_facts_are_never_deleted BEFORE DELETE ON decision_facts
BEGIN SELECT RAISE(ABORT, 'decision facts are never deleted'); END;

-- Whether a decision's verdicts would differ under the rules of a day: a cache, keyed by the rule-set
-- version and rates it was checked under, filled when a supervisor asks; nothing here is evidence.
CREATE TABLE decision_rechecks (
    decision_id  INTEGER NOT NULL REFERENCES decisions (id),
    rules        TEXT NOT NULL,
    differs      INTEGER NOT NULL CHECK (differs IN (0, 1)),
    PRIMARY KEY (decision_id, rules)
);

CREATE INDEX decisions_decided_by ON decisions (decided_by, decided_at);
CREATE INDEX decisions_outcome ON decisions (outcome, decided_at);
CREATE INDEX decision_facts_path ON decision_facts (path, against);

-- Other workstations whose decisions a supervisor imported from signed bundles: each known by the
-- fingerprint of its signing key (trusted on its first import, under the label the supervisor gave
-- it), with the head of its audit trail as the last bundle showed it, so that a later bundle must
-- continue that trail rather than rewrite it.
CREATE TABLE workstations (
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
CREATE TABLE imported_decisions (
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
CREATE INDEX imported_decisions_decided_at ON imported_decisions (bundle, decided_at);
CREATE TRIGGER imported_decisions_are_never_updated BEFORE UPDATE ON imported_decisions
BEGIN SELECT RAISE(ABORT, 'imported decisions are never updated'); END;
CREATE TRIGGER imported_decisions_are_never_deleted BEFORE DELETE ON imported_decisions
BEGIN SELECT RAISE(ABORT, 'imported decisions are never deleted'); END;
