-- A caseload as CaseDesk wrote it at format 3: a user, a case with a document, its blob and a figure,
-- and a decision, with the audit events that recorded them (hashes as format 2 computed them are not
-- needed here: the upgrade test checks that the data survives and the new tables appear).
INSERT INTO users (username, display_name, role, password_hash, active, created_at)
VALUES ('amartin', 'Anne Martin', 'officer', 'pbkdf2-sha256$1$AA$AA', 1, '2026-11-01T08:00:00.000Z');
INSERT INTO cases (id, reference, status, lodged, deadline, surname, given_names, native_name, birth_date, nationality,
    passport_sealed, passport_lookup, national_id_sealed, entry_date, exit_date, purpose, destination, visa_type, created_at)
VALUES (1, 'LU-SHA-2026-000001', 'open', '2026-11-02', '2026-11-17', 'WANG', 'XIAOMING', '王小明', '1988-04-17', 'CHN',
    X'00453132333435363738', 'E12345678', X'00', '2026-12-10', '2026-12-24', 'tourism', 'LU', 'C',
    '2026-11-02T08:00:00.000Z');
INSERT INTO blobs (sha256, size, sealed) VALUES ('aa' || substr(hex(zeroblob(31)), 1, 62), 3, X'00010203');
INSERT INTO documents (id, case_id, sha256, file_name, kind, pages, imported_at, imported_by)
VALUES (1, 1, 'aa' || substr(hex(zeroblob(31)), 1, 62), 'zhima.pdf', 'credit-report', 1, '2026-11-02T08:01:00.000Z', 'amartin');
INSERT INTO figures (document_id, name, value_type, value, currency, page, x, y, w, h, source_text)
VALUES (1, 'score', 'number', '786', NULL, 1, 70, 210, 73, 63, '786');
INSERT INTO readings (document_id, status, unproven_rows) VALUES (1, 'reconciled', '');
INSERT INTO exchange_rates (date, currency, per_eur, source, imported_at)
VALUES ('2026-11-02', 'CNY', '7.9153', 'ECB eurofxref-hist.csv', '2026-11-02T08:02:00.000Z');
INSERT INTO rule_sets (version, effective, content, sha256, imported_at, imported_by)
VALUES ('LU-2026.9', '2026-11-01', '{}', 'bb' || substr(hex(zeroblob(31)), 1, 62), '2026-11-02T08:03:00.000Z', 'amartin');
