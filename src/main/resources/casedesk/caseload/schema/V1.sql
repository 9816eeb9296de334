-- CaseDesk caseload, schema version 1.
-- Identity numbers and document bytes are stored "sealed": a one-byte scheme tag followed by the
-- payload (see Sealer). Scheme 0 is plain; an encrypting scheme can be introduced later and old rows
-- re-sealed in place, without changing these tables.

CREATE TABLE users (
    username      TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'administrator')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);

CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    status              TEXT NOT NULL CHECK (status IN ('open', 'documents-requested', 'issued', 'refused')),
    lodged              TEXT NOT NULL,
    deadline            TEXT NOT NULL,
    surname             TEXT NOT NULL,
    given_names         TEXT NOT NULL,
    native_name         TEXT NOT NULL,
    birth_date          TEXT NOT NULL,
    nationality         TEXT NOT NULL,
    passport_sealed     BLOB NOT NULL,
    -- What a passport search compares with: the normalised number now, a keyed hash once sealing encrypts.
    passport_lookup     TEXT NOT NULL,
    national_id_sealed  BLOB NOT NULL,
    entry_date          TEXT NOT NULL,
    exit_date           TEXT NOT NULL,
    purpose             TEXT NOT NULL,
    destination         TEXT NOT NULL,
    visa_type           TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    CHECK (deadline >= lodged),
    CHECK (exit_date >= entry_date)
);
CREATE INDEX cases_queue ON cases (status, deadline, reference);
CREATE INDEX cases_deadline ON cases (deadline, reference);
CREATE INDEX cases_surname ON cases (surname COLLATE NOCASE, given_names COLLATE NOCASE);
CREATE INDEX cases_native_name ON cases (native_name);
CREATE INDEX cases_passport ON cases (passport_lookup);

-- Document bytes, once per distinct content, addressed by their SHA-256.
CREATE TABLE blobs (
    sha256  TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size    INTEGER NOT NULL,
    sealed  BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    sha256       TEXT NOT NULL REFERENCES blobs (sha256),
    file_name    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('bank-statement', 'deposit-certificate', 'credit-report', 'insurance', 'unknown')),
    pages        INTEGER NOT NULL CHECK (pages >= 0),
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL,
    UNIQUE (case_id, sha256)
);
CREATE INDEX documents_sha256 ON documents (sha256);

CREATE TABLE figures (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    value_type   TEXT NOT NULL CHECK (value_type IN ('text', 'amount', 'date', 'number')),
    value        TEXT NOT NULL,
    currency     TEXT,
    page         INTEGER NOT NULL CHECK (page >= 1),
    x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,
    source_text  TEXT NOT NULL
);
CREATE INDEX figures_document ON figures (document_id, name);
-- The cross-case check looks up account numbers across the caseload.
CREATE INDEX figures_account ON figures (value) WHERE name = 'account_number';

CREATE TABLE transactions (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    row_no        INTEGER NOT NULL,
    date          TEXT NOT NULL,
    description   TEXT NOT NULL,
    amount        TEXT NOT NULL,
    balance       TEXT,
    currency      TEXT NOT NULL,
    counterparty  TEXT NOT NULL,
    page          INTEGER NOT NULL CHECK (page >= 1),
    x REAL NOT NULL, y REAL NOT NULL, w REAL NOT NULL, h REAL NOT NULL,
    UNIQUE (document_id, row_no)
);

CREATE TABLE signals (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    severity     TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    detail       TEXT NOT NULL,
    page         INTEGER,
    x REAL, y REAL, w REAL, h REAL
);
CREATE INDEX signals_document ON signals (document_id);

-- One evaluation of a case under one rule-set version; its verdicts hang off it.
CREATE TABLE evaluations (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    rule_set_version  TEXT NOT NULL,
    inputs_sha256     TEXT NOT NULL,
    evaluated_at      TEXT NOT NULL
);
CREATE INDEX evaluations_case ON evaluations (case_id, id);

CREATE TABLE verdicts (
    evaluation_id    INTEGER NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    rule             TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('PASS', 'FAIL', 'REVIEW', 'MISSING')),
    explanation      TEXT NOT NULL,
    evidence         TEXT NOT NULL,   -- JSON array of figure ids
    suggested_ground INTEGER,
    PRIMARY KEY (evaluation_id, position)
);

-- Decisions are frozen: never updated, never deleted; a correction supersedes.
CREATE TABLE decisions (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (id),
    outcome           TEXT NOT NULL CHECK (outcome IN ('issue', 'refuse', 'request-documents')),
    refusal_grounds   TEXT NOT NULL,  -- JSON array of ground numbers
    note              TEXT NOT NULL,
    deviation_reason  TEXT NOT NULL,
    decided_by        TEXT NOT NULL REFERENCES users (username),
    decided_at        TEXT NOT NULL,
    snapshot          TEXT NOT NULL,
    snapshot_sha256   TEXT NOT NULL,
    supersedes        INTEGER REFERENCES decisions (id)
);
CREATE INDEX decisions_case ON decisions (case_id, id);
CREATE INDEX decisions_decided_at ON decisions (decided_at);
CREATE TRIGGER decisions_are_never_updated BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are never updated: record a new decision that supersedes it'); END;
CREATE TRIGGER decisions_are_never_deleted BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are never deleted'); END;

-- The append-only, hash-chained audit log.
CREATE TABLE audit_events (
    seq            INTEGER PRIMARY KEY,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    type           TEXT NOT NULL,
    case_reference TEXT NOT NULL,
    detail         TEXT NOT NULL,
    previous_hash  TEXT NOT NULL,
    hash           TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_case ON audit_events (case_reference, seq);
CREATE TRIGGER audit_events_are_never_updated BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are never updated'); END;
CREATE TRIGGER audit_events_are_never_deleted BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are never deleted'); END;
