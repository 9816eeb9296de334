-- CaseDesk caseload, schema version 10: the documents a workstation's bundle carried, for the
-- supervisor to see the evidence of its decisions. Content-addressed per workstation (a later bundle
-- adds only what is new), never updated or deleted, sealed under this caseload's key.
CREATE TABLE imported_documents (
    workstation_id INTEGER NOT NULL REFERENCES workstations (id),
    sha256         TEXT NOT NULL,
    size           INTEGER NOT NULL,
    sealed         BLOB NOT NULL,
    PRIMARY KEY (workstation_id, sha256)
);
CREATE TRIGGER imported_documents_are_never_updated BEFORE UPDATE ON imported_documents
BEGIN SELECT RAISE(ABORT, 'imported documents are never updated'); END;
CREATE TRIGGER imported_documents_are_never_deleted BEFORE DELETE ON imported_documents
BEGIN SELECT RAISE(ABORT, 'imported documents are never deleted'); END;
