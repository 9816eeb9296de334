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
