-- CaseDesk caseload, schema version 2: the workstation's exchange rates and imported rule sets.

-- Euro reference rates as the ECB publishes them: units of the currency per one euro, on a date.
CREATE TABLE exchange_rates (
    date         TEXT NOT NULL,
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    per_eur      TEXT NOT NULL,
    source       TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    PRIMARY KEY (currency, date)
) WITHOUT ROWID;

-- Rule sets an administrator imported; the versions built into CaseDesk are not copied here.
-- Kept for ever: an old decision is re-checked against the version it was made under.
CREATE TABLE rule_sets (
    version      TEXT PRIMARY KEY,
    effective    TEXT NOT NULL,
    content      TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL
);
CREATE TRIGGER rule_sets_are_never_changed BEFORE UPDATE ON rule_sets
BEGIN SELECT RAISE(ABORT, 'a rule set version is never changed: import a new version'); END;
CREATE TRIGGER rule_sets_are_never_deleted BEFORE DELETE ON rule_sets
BEGIN SELECT RAISE(ABORT, 'rule set versions are kept for ever'); END;
