-- CaseDesk caseload, schema version 5: personal data is encrypted at rest.

-- Encryption at rest. The caseload's data key is random and stored only wrapped, for each user,
-- under a key derived from their password (key_wraps). While a caseload has no account yet, or
-- while its rows from before sealing are being re-sealed, the key is kept in caseload_key.pending;
-- it is erased (secure_delete) as soon as neither holds. caseload_key.state says whether rows
-- sealed under scheme 0 may remain ('resealing') or not ('sealed').
-- from_first_form: the wrap was made, when the caseload was sealed, from a password stored in the
-- first form (which a copy from before holds); the first sign-in after wraps it anew.
CREATE TABLE key_wraps (
    username         TEXT PRIMARY KEY REFERENCES users (username),
    wrapped          BLOB NOT NULL,
    created_at       TEXT NOT NULL,
    from_first_form  INTEGER NOT NULL DEFAULT 0 CHECK (from_first_form IN (0, 1))
);

CREATE TABLE caseload_key (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    state    TEXT NOT NULL CHECK (state IN ('resealing', 'sealed')),
    pending  BLOB CHECK (pending IS NULL OR length(pending) = 32)
);

-- The cross-case account check compares keyed hashes, never the sealed numbers.
ALTER TABLE figures ADD COLUMN value_lookup TEXT;
DROP INDEX figures_account;
CREATE INDEX figures_account ON figures (value_lookup) WHERE value_lookup IS NOT NULL;
