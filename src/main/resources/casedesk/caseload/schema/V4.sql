-- CaseDesk caseload, schema version 4: sign-in is checked, and the audit trail is signed.

-- Failed sign-ins are counted where every process on the workstation sees them, so that starting a
-- new command does not reset the count.
ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0);
ALTER TABLE users ADD COLUMN locked_until TEXT;

-- The audit trail, signed. Each event names what it is about and records each subject's state by
-- its hash (audit_covers), so that editing a case, a document, what was read, an evaluation, a
-- decision or an account behind the log's back is found, not only editing the log. Every event
-- from this version on is signed with the workstation's Ed25519 key, whose private half is kept
-- outside this file; the signed head names the last event, so that cutting events off the end is
-- found too.
CREATE TABLE signing_keys (
    id          INTEGER PRIMARY KEY,
    public_key  BLOB NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
CREATE TRIGGER signing_keys_are_never_updated BEFORE UPDATE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'a signing key is never changed'); END;
CREATE TRIGGER signing_keys_are_never_deleted BEFORE DELETE ON signing_keys
BEGIN SELECT RAISE(ABORT, 'a signing key is never deleted'); END;

ALTER TABLE audit_events ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1 CHECK (hash_version IN (1, 2));
ALTER TABLE audit_events ADD COLUMN signature BLOB;

CREATE TABLE audit_covers (
    seq      INTEGER NOT NULL REFERENCES audit_events (seq),
    subject  TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    PRIMARY KEY (seq, subject)
);
CREATE INDEX audit_covers_subject ON audit_covers (subject, seq);
CREATE TRIGGER audit_covers_are_never_updated BEFORE UPDATE ON audit_covers
BEGIN SELECT RAISE(ABORT, 'audit events are never updated'); END;
CREATE TRIGGER audit_covers_are_never_deleted BEFORE DELETE ON audit_covers
BEGIN SELECT RAISE(ABORT, 'audit events are never deleted'); END;

CREATE TABLE audit_head (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    seq        INTEGER NOT NULL,
    hash       TEXT NOT NULL,
    signature  BLOB NOT NULL
);
